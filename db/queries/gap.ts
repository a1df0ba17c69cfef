import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Arena, Coverage, LicenceClass } from "@/lib/domain";
import type { ProprietaryStep, SnapshotFrontier } from "@/lib/gap/types";
import { getDb } from "../client";
import {
  frontiers,
  models,
  proprietarySteps,
  scaleShifts,
  scores,
  snapshots,
  sources,
} from "../schema";
import { onBoard } from "./board";
import { memoByDataVersion } from "./data-version";

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
  coverage: Coverage;
  licenceClass: LicenceClass;
  slug: string;
  name: string;
  organization: string | null;
  rating: number;
  lower: number | null;
  upper: number | null;
}

const snapshotColumns = sql`${snapshots.id} AS snapshotId, ${snapshots.publishedOn} AS date,
  ${snapshots.sourceSlug} AS source, ${sources.priority} AS sourcePriority,
  ${snapshots.coverage} AS coverage`;

/** Best model per licence class for every snapshot of one board: the precomputed `frontiers`. */
export function getSnapshotFrontiers(f: BoardFilter): SnapshotFrontier[] {
  const rows = getDb().all<FrontierRow>(sql`
    SELECT ${snapshotColumns}, ${frontiers.licenceClass} AS licenceClass, ${models.slug} AS slug,
           ${models.displayName} AS name, ${models.organization} AS organization,
           ${frontiers.rating} AS rating, ${frontiers.lower} AS lower, ${frontiers.upper} AS upper
    FROM ${frontiers}
    JOIN ${snapshots} ON ${snapshots.id} = ${frontiers.snapshotId}
    JOIN ${sources} ON ${sources.slug} = ${snapshots.sourceSlug}
    JOIN ${models} ON ${models.id} = ${frontiers.modelId}
    WHERE ${frontiers.category} = ${f.category} AND ${onBoard(f)}
    ORDER BY ${snapshots.publishedOn}`);
  return groupBySnapshot(rows, getProprietarySteps(f));
}

interface StepRow extends ProprietaryStep {
  snapshotId: number;
}

/** The precomputed proprietary frontier over time, per snapshot of one board and category. */
function getProprietarySteps(f: BoardFilter): Map<number, ProprietaryStep[]> {
  const rows = getDb().all<StepRow>(sql`
    SELECT ${proprietarySteps.snapshotId} AS snapshotId, ${models.slug} AS slug,
           ${models.displayName} AS name, ${proprietarySteps.availableFrom} AS availableFrom,
           ${models.availableBasis} AS basis, ${proprietarySteps.rating} AS rating
    FROM ${proprietarySteps}
    JOIN ${snapshots} ON ${snapshots.id} = ${proprietarySteps.snapshotId}
    JOIN ${models} ON ${models.id} = ${proprietarySteps.modelId}
    WHERE ${proprietarySteps.category} = ${f.category} AND ${onBoard(f)}
    ORDER BY ${proprietarySteps.snapshotId}, ${proprietarySteps.step}`);
  return groupSteps(rows);
}

function groupSteps(rows: StepRow[]): Map<number, ProprietaryStep[]> {
  const bySnapshot = new Map<number, ProprietaryStep[]>();
  for (const { snapshotId, ...step } of rows) {
    const list = bySnapshot.get(snapshotId) ?? [];
    list.push(step);
    bySnapshot.set(snapshotId, list);
  }
  return bySnapshot;
}

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The same shape under a custom definition of open or an organisation filter, ranked on request
 * (the precomputed frontiers only know licence classes). Uses the scores' category index.
 */
export function getFilteredFrontiers(f: BoardFilter, side: SideFilter): SnapshotFrontier[] {
  const classes = side.openClasses.length ? side.openClasses : ["-"];
  const licences = side.openLicences.length ? side.openLicences : ["\u0000"];
  const orgs = orgPredicate(side);
  const rows = getDb().all<FrontierRow>(sql`
    SELECT snapshotId, date, source, sourcePriority, coverage, licenceClass, slug, name,
           organization, rating, lower, upper
    FROM (
      SELECT ${snapshotColumns}, ${models.licenceClass} AS licenceClass, ${models.slug} AS slug,
             ${models.displayName} AS name, ${models.organization} AS organization,
             ${scores.rating} AS rating, ${scores.lower} AS lower, ${scores.upper} AS upper,
             ROW_NUMBER() OVER (
               PARTITION BY ${scores.snapshotId}, ${models.licenceClass} = 'proprietary'
               ORDER BY ${scores.rating} DESC, ${models.slug}
             ) AS rn
      FROM ${scores}
      JOIN ${snapshots} ON ${snapshots.id} = ${scores.snapshotId}
      JOIN ${sources} ON ${sources.slug} = ${snapshots.sourceSlug}
      JOIN ${models} ON ${models.id} = ${scores.modelId}
      WHERE ${scores.category} = ${f.category} AND ${onBoard(f)}
        AND (${models.licenceClass} = 'proprietary'
             OR ${models.licenceClass} IN (${inList(classes)})
             OR ${models.licence} IN (${inList(licences)}))
        ${orgs}
    ) WHERE rn = 1
    ORDER BY date`);
  const steps =
    side.orgInclude.length || side.orgExclude.length
      ? getFilteredProprietarySteps(f, orgs)
      : getProprietarySteps(f);
  // Whatever class the open winner has, computeGap must count it: file it under a chosen class.
  const openKey: LicenceClass = side.openClasses[0] ?? "open-restricted";
  return groupBySnapshot(rows, steps, (r) =>
    r.licenceClass === "proprietary" ? r.licenceClass : openKey,
  );
}

function orgPredicate(side: SideFilter): SQL {
  const include = side.orgInclude.length
    ? sql`AND ${models.organization} IN (${inList(side.orgInclude)})`
    : sql``;
  const exclude = side.orgExclude.length
    ? sql`AND coalesce(${models.organization}, '') NOT IN (${inList(side.orgExclude)})`
    : sql``;
  return sql`${include} ${exclude}`;
}

/** The proprietary frontier over time when only some organisations count (same rule as the table). */
function getFilteredProprietarySteps(f: BoardFilter, orgs: SQL): Map<number, ProprietaryStep[]> {
  const rows = getDb().all<StepRow>(sql`
    SELECT snapshotId, slug, name, availableFrom, basis, rating FROM (
      SELECT ${scores.snapshotId} AS snapshotId, ${models.slug} AS slug, ${models.displayName} AS name,
             ${models.availableFrom} AS availableFrom, ${models.availableBasis} AS basis,
             ${scores.rating} AS rating,
             max(${scores.rating}) OVER (
               PARTITION BY ${scores.snapshotId}
               ORDER BY ${models.availableFrom}, ${scores.rating} DESC, ${models.slug}
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
             ) AS bestBefore
      FROM ${scores}
      JOIN ${snapshots} ON ${snapshots.id} = ${scores.snapshotId}
      JOIN ${models} ON ${models.id} = ${scores.modelId}
      WHERE ${scores.category} = ${f.category} AND ${onBoard(f)}
        AND ${models.licenceClass} = 'proprietary' AND ${models.availableFrom} IS NOT NULL ${orgs}
    ) WHERE bestBefore IS NULL OR rating > bestBefore
    ORDER BY snapshotId, availableFrom, rating DESC, slug`);
  return groupSteps(rows);
}

function groupBySnapshot(
  rows: FrontierRow[],
  steps: Map<number, ProprietaryStep[]>,
  keyOf: (r: FrontierRow) => LicenceClass = (r) => r.licenceClass,
): SnapshotFrontier[] {
  const bySnapshot = new Map<number, SnapshotFrontier>();
  for (const r of rows) {
    let s = bySnapshot.get(r.snapshotId);
    if (!s) {
      const { snapshotId, date, source, sourcePriority, coverage } = r;
      s = { snapshotId, date, source, sourcePriority, coverage, best: {}, steps: [] };
      s.steps = steps.get(snapshotId) ?? [];
      bySnapshot.set(r.snapshotId, s);
    }
    const { slug, name, organization, licenceClass, rating, lower, upper } = r;
    s.best[keyOf(r)] = { slug, name, organization, licenceClass, rating, lower, upper };
  }
  return [...bySnapshot.values()];
}

export interface ScaleShift {
  source: string;
  date: string;
  previousDate: string;
  medianShift: number;
  sharedModels: number;
}

/** How far each snapshot's shared ratings moved against the board's previous snapshot. */
export function getScaleShifts(f: Pick<BoardFilter, "arena" | "styleControl">): ScaleShift[] {
  return memoByDataVersion(`scale-shifts:${f.arena}:${f.styleControl}`, () =>
    getDb().all<ScaleShift>(sql`
      SELECT ${snapshots.sourceSlug} AS source, ${snapshots.publishedOn} AS date,
             p.published_on AS previousDate, ${scaleShifts.medianShift} AS medianShift,
             ${scaleShifts.sharedModels} AS sharedModels
      FROM ${scaleShifts}
      JOIN ${snapshots} ON ${snapshots.id} = ${scaleShifts.snapshotId}
      JOIN ${snapshots} p ON p.id = ${scaleShifts.previousSnapshotId}
      WHERE ${onBoard(f)}
      ORDER BY ${snapshots.publishedOn}`),
  );
}

/** The first date any source has a rating: availability before it is unknown ("≥ N months"). */
export function getHistoryStart(): string {
  return memoByDataVersion(
    "history-start",
    () =>
      getDb().get<{ d: string | null }>(
        sql`SELECT min(${snapshots.publishedOn}) AS d FROM ${snapshots} WHERE ${snapshots.scoreCount} > 0`,
      )?.d ?? "2023-05-08",
  );
}
