import { createHash } from "node:crypto";
import type { SourceFile } from "./types";

/** Digest of a source's raw input (paths and bytes), to recognise an unchanged download. */
export function hashSourceFiles(files: readonly SourceFile[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    h.update(f.path)
      .update("\u0000")
      .update(f.bytes ?? f.text)
      .update("\u0000");
  }
  return h.digest("hex");
}
