// Test-only: one real rating series (source × board × category) as gap points, oldest first.
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import type { Arena } from "@/lib/domain";
import { mergeSnapshots } from "@/lib/ingest/merge-snapshots";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import type { SourceAdapter } from "@/lib/ingest/types";
import { computeGap } from "../compute-gap";
import type { GapPoint } from "../types";
import { frontierFromParsed } from "./frontier-from-parsed";

export interface SeriesSelection {
  arena?: Arena;
  styleControl?: boolean;
  category?: string;
  fallbackLicences?: ReadonlyMap<string, string>;
}

export async function loadGapSeries(
  adapter: SourceAdapter,
  selection: SeriesSelection = {},
): Promise<GapPoint[]> {
  const { arena = "text", styleControl = false, category = "overall" } = selection;
  const parsed = await parseSourceFiles(adapter, await readSourceDir(adapter, SHARED_DATA_DIR));
  return mergeSnapshots(parsed)
    .filter((s) => s.arena === arena && s.styleControl === styleControl)
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn))
    .map((snap, i) =>
      frontierFromParsed(snap, {
        snapshotId: i + 1,
        source: adapter.info.slug,
        sourcePriority: adapter.info.priority,
        category,
        fallbackLicences: selection.fallbackLicences,
      }),
    )
    .map((f) => computeGap(f, OPEN_WEIGHT_CLASSES));
}
