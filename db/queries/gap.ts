import "server-only";
import { sql } from "drizzle-orm";
import type { Arena, LicenceClass } from "@/lib/domain";
import type { SnapshotFrontier } from "@/lib/gap/types";
import { getDb } from "../client";

export interface BoardFilter {
  category: string;
  arena: Arena;
  styleControl: boolean;
}

export interface SideFilter {
  /** Licence classes counted as open. */
  openClasses: readonly LicenceClass[];
  /** Individual licence texts counted as open too (exact labels as stored). */
  openLicences: readonly string[];
  /** Organisation names exactly as stored. */
  orgInclude: readonly string[];
  orgExclude: readonly string[];
}

interface FrontierRow {
  snapshotId: number;
  date: string;
  source: string;
  sourcePriority: number;
  licenceClass: LicenceClass;
  slug: string;
  name: string;
  organization: string | null;
  rating: number;
  lower: number | null;
  upper: number | null;
}

const board = (f: BoardFilter) =>
  sql`n.arena = ${f.arena} AND n.style_control = ${f.styleControl ? 1 : 0} AND n.score_count > 0`;

/** Best model per licence class for every snapshot of one board: the precomputed `frontiers`. */
export function getSnapshotFrontiers(f: BoardFilter): SnapshotFrontier[] {
  const rows = getDb().all<FrontierRow>(sql`
    SELECT f.snapshot_id AS snapshotId, n.published_on AS date, n.source_slug AS source,
           s.priority AS sourcePriority, f.licence_class AS licenceClass, m.slug, m.display_name AS name,
           m.organization, f.rating, f.lower, f.upper
    FROM frontiers f
    JOIN snapshots n ON n.id = f.snapshot_id
    JOIN sources s ON s.slug = n.source_slug
    JOIN models m ON m.id = f.model_id
    WHERE f.category = ${f.category} AND ${board(f)}
    ORDER BY n.published_on`);
  return groupBySnapshot(rows);
}

/**
 * The same shape under a custom definition of open or an organisation filter, ranked on request
 * (the precomputed frontiers only know licence classes). Uses the scores' category index.
 */
export function getFilteredFrontiers(f: BoardFilter, side: SideFilter): SnapshotFrontier[] {
  const classes = side.openClasses.length ? side.openClasses : ["-"];
  const licences = side.openLicences.length ? side.openLicences : ["\u0000"];
  const orgIn = side.orgInclude.length
    ? sql`AND m.organization IN (${sql.join(
        side.orgInclude.map((o) => sql`${o}`),
        sql`, `,
      )})`
    : sql``;
  const orgOut = side.orgExclude.length
    ? sql`AND coalesce(m.organization, '') NOT IN (${sql.join(
        side.orgExclude.map((o) => sql`${o}`),
        sql`, `,
      )})`
    : sql``;
  const rows = getDb().all<FrontierRow>(sql`
    SELECT snapshotId, date, source, sourcePriority, licenceClass, slug, name, organization, rating, lower, upper
    FROM (
      SELECT x.snapshot_id AS snapshotId, n.published_on AS date, n.source_slug AS source,
             s.priority AS sourcePriority, m.licence_class AS licenceClass, m.slug,
             m.display_name AS name, m.organization, x.rating, x.lower, x.upper,
             ROW_NUMBER() OVER (
               PARTITION BY x.snapshot_id, m.licence_class = 'proprietary'
               ORDER BY x.rating DESC, m.slug
             ) AS rn
      FROM scores x
      JOIN snapshots n ON n.id = x.snapshot_id
      JOIN sources s ON s.slug = n.source_slug
      JOIN models m ON m.id = x.model_id
      WHERE x.category = ${f.category} AND ${board(f)}
        AND (m.licence_class = 'proprietary'
             OR m.licence_class IN (${sql.join(
               classes.map((c) => sql`${c}`),
               sql`, `,
             )})
             OR m.licence IN (${sql.join(
               licences.map((l) => sql`${l}`),
               sql`, `,
             )}))
        ${orgIn} ${orgOut}
    ) WHERE rn = 1
    ORDER BY date`);
  // Whatever class the open winner has, computeGap must count it: file it under a chosen class.
  const openKey: LicenceClass = side.openClasses[0] ?? "open-restricted";
  return groupBySnapshot(rows, (r) =>
    r.licenceClass === "proprietary" ? r.licenceClass : openKey,
  );
}

function groupBySnapshot(
  rows: FrontierRow[],
  keyOf: (r: FrontierRow) => LicenceClass = (r) => r.licenceClass,
): SnapshotFrontier[] {
  const bySnapshot = new Map<number, SnapshotFrontier>();
  for (const r of rows) {
    let s = bySnapshot.get(r.snapshotId);
    if (!s) {
      s = {
        snapshotId: r.snapshotId,
        date: r.date,
        source: r.source,
        sourcePriority: r.sourcePriority,
        best: {},
      };
      bySnapshot.set(r.snapshotId, s);
    }
    const { slug, name, organization, licenceClass, rating, lower, upper } = r;
    s.best[keyOf(r)] = { slug, name, organization, licenceClass, rating, lower, upper };
  }
  return [...bySnapshot.values()];
}
