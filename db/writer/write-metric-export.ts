import { createHash } from "node:crypto";
import { and, eq, getTableName } from "drizzle-orm";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { MetricSourceInfo, ParsedMetricExport } from "@/lib/ingest/metric-types";
import type { Db } from "../client";
import { metricExports, metrics, metricScores } from "../schema";
import { bumpDataVersion } from "./data-version";
import type { SnapshotOutcome } from "./write-snapshot";

const S = metricScores;
const INSERT_SCORE = `INSERT INTO ${getTableName(S)} (${[
  S.exportId,
  S.entryKey,
  S.name,
  S.nameSlug,
  S.score,
  S.lower,
  S.upper,
  S.datedOn,
  S.dateBasis,
  S.organization,
  S.accessibility,
  S.openness,
]
  .map((c) => c.name)
  .join(", ")}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * Hash of what an export says (its metric, label and rows), not when it was fetched. Objects are
 * written with sorted keys: the adapter and the seed decoder build the same row with its fields in
 * a different order, and a hash of that order made every first ingest after a seed rewrite all
 * 74 LiveBench exports (74 commits, each invalidating every reader's cache).
 */
export function hashMetricExport(ex: ParsedMetricExport): string {
  const sorted = (o: object) => JSON.stringify(o, Object.keys(o).sort());
  const body = JSON.stringify([
    sorted(ex.metric),
    ex.label,
    ex.origin,
    [...ex.scores].sort((a, b) => a.key.localeCompare(b.key)).map(sorted),
    ex.dropped.map(sorted),
  ]);
  return createHash("sha256").update(body).digest("hex");
}

/**
 * Writes one metric of one export and its scores in one IMMEDIATE transaction; identical content
 * already stored writes nothing. Which Arena model each name is gets decided by the derived
 * rebuild (db/writer/repoint-metric-scores.ts), from all facts at once.
 */
export function writeMetricExport(
  db: Db,
  source: MetricSourceInfo,
  ex: ParsedMetricExport,
  fetchedAt: string,
): SnapshotOutcome {
  const contentHash = hashMetricExport(ex);
  return db.transaction(
    (tx) => {
      const existing = tx
        .select({ id: metricExports.id, contentHash: metricExports.contentHash })
        .from(metricExports)
        .where(
          and(
            eq(metricExports.metricSlug, ex.metric.slug),
            eq(metricExports.exportedOn, ex.exportedOn),
          ),
        )
        .get();
      if (existing?.contentHash === contentHash) return { status: "unchanged", rows: 0 };
      const metric = {
        slug: ex.metric.slug,
        sourceSlug: source.slug,
        name: ex.metric.name,
        shortName: ex.metric.shortName,
        description: ex.metric.description,
        unit: ex.metric.unit,
        direction: ex.metric.direction,
        openOnly: ex.metric.openOnly,
        dataLicence: source.dataLicence,
        nonCommercial: source.nonCommercial,
        attribution: source.attribution,
        homepage: source.homepage,
      };
      tx.insert(metrics)
        .values(metric)
        .onConflictDoUpdate({ target: metrics.slug, set: metric })
        .run();
      const values = {
        metricSlug: ex.metric.slug,
        sourceSlug: source.slug,
        exportedOn: ex.exportedOn,
        label: ex.label,
        origin: ex.origin,
        fetchedAt,
        contentHash,
        scoreCount: ex.scores.length,
        dropped: JSON.stringify(ex.dropped),
      };
      let exportId: number;
      if (existing) {
        tx.delete(metricScores).where(eq(metricScores.exportId, existing.id)).run();
        tx.update(metricExports).set(values).where(eq(metricExports.id, existing.id)).run();
        exportId = existing.id;
      } else {
        exportId = tx
          .insert(metricExports)
          .values(values)
          .returning({ id: metricExports.id })
          .get().id;
      }
      const insert = db.$client.prepare(INSERT_SCORE);
      for (const s of ex.scores)
        insert.run(
          exportId,
          s.key,
          s.name,
          s.model === null ? null : toModelSlug(s.model),
          s.score,
          s.lower,
          s.upper,
          s.date,
          s.dateBasis,
          s.organization,
          s.accessibility,
          s.openness,
        );
      bumpDataVersion(tx);
      return { status: existing ? "updated" : "added", rows: ex.scores.length };
    },
    { behavior: "immediate" },
  );
}
