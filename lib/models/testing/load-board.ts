// Test-only: one real board (source × arena × style control) as the model page reads it from the
// database — every model's rating with its licence class, and the best model per class per date.
import { frontierFromParsed } from "@/lib/gap/testing/frontier-from-parsed";
import { findLicenceOverride } from "@/lib/identity/model-overrides";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import { mergeSnapshots } from "@/lib/ingest/merge-snapshots";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import type { ParsedSnapshot, SourceAdapter } from "@/lib/ingest/types";
import { classifyLicence } from "@/lib/licence/classify-licence";
import { toSeriesKey } from "../series-key";
import type { LicenceClass } from "@/lib/domain";
import type { FrontierEntry, RatedModel, SnapshotField } from "../types";

export interface LoadedBoard {
  board: string;
  dates: string[];
  field(date: string, category?: string): SnapshotField;
  frontiers(category?: string): FrontierEntry[];
}

export async function loadBoard(
  adapter: SourceAdapter,
  styleControl = false,
): Promise<LoadedBoard> {
  const parsed = await parseSourceFiles(adapter, await readSourceDir(adapter, SHARED_DATA_DIR));
  const snaps = mergeSnapshots(parsed)
    .filter((s) => s.arena === "text" && s.styleControl === styleControl)
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
  const board = toSeriesKey({ source: adapter.info.slug, arena: "text", styleControl });
  return {
    board,
    dates: snaps.map((s) => s.publishedOn),
    field(date, category = "overall") {
      const i = snaps.findIndex((s) => s.publishedOn === date);
      const snap = snaps[i];
      if (!snap) throw new Error(`no ${board} snapshot on ${date}`);
      return { board, snapshotId: i + 1, date, entries: toEntries(snap, category) };
    },
    frontiers(category = "overall") {
      return snaps.flatMap((snap, i) => {
        const f = frontierFromParsed(snap, {
          snapshotId: i + 1,
          source: adapter.info.slug,
          category,
        });
        return Object.values(f.best).map((model) => ({ board, date: snap.publishedOn, model }));
      });
    },
  };
}

function toEntries(snap: ParsedSnapshot, category: string): RatedModel[] {
  const licence = new Map<string, string | null>();
  for (const fact of snap.models)
    for (const name of [fact.name, ...fact.aliases]) licence.set(toModelSlug(name), fact.licence);
  return snap.scores
    .filter((r) => r.category === category)
    .map((r) => {
      const slug = toModelSlug(r.model);
      const licenceClass: LicenceClass =
        findLicenceOverride(slug)?.licenceClass ?? classifyLicence(licence.get(slug) ?? null);
      return {
        slug,
        name: r.model,
        organization: null,
        licenceClass,
        rating: r.rating,
        lower: r.lower,
        upper: r.upper,
      };
    });
}
