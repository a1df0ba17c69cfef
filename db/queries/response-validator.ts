import "server-only";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { todayIso } from "@/lib/dates/iso-date";
import { getSettings } from "@/lib/settings";
import { resolveDatabasePath } from "../client";
import { getDataVersion } from "./data-version";

// What else, besides the data version and the address, changes a rendered answer: a new build
// (markup, scripts), a different database file (a re-seed restarts the version counter) and
// the calendar day (pages say how old the data is).
let fixedParts: string | null = null;
function readFixedParts(): string {
  if (fixedParts) return fixedParts;
  let build = `pid${process.pid}`;
  try {
    build = readFileSync(path.join(getSettings().NEXT_DIST_DIR, "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` has no BUILD_ID; a per-process part keeps validators from outliving the process.
  }
  let file = "memory";
  try {
    const st = statSync(resolveDatabasePath());
    file = `${st.dev}.${st.ino}`;
  } catch {
    // not created yet: the version is 0 and the next ingest changes it anyway
  }
  fixedParts = `${build}|${file}`;
  return fixedParts;
}

/** A weak ETag for one answer: the same only while nothing it depends on has changed. */
export function currentValidator(address: string, varying: string): string {
  const version = getDataVersion();
  const hash = createHash("sha256")
    .update(`${readFixedParts()}|${todayIso()}|${address}|${varying}`)
    .digest("base64url")
    .slice(0, 16);
  return `W/"${version}-${hash}"`;
}
