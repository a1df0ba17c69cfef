import { sql } from "drizzle-orm";
import type { Arena, Coverage, LicenceClass } from "@/lib/domain";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import type { BoardGapState } from "@/lib/events/detect-events";
import type { EventView } from "@/lib/events/event-kinds";
import { computeGap } from "@/lib/gap/compute-gap";
import { computeMonthsBehind } from "@/lib/gap/compute-months-behind";
import type { ProprietaryStep, SnapshotFrontier } from "@/lib/gap/types";
import type { Db } from "../client";
import { frontiers, models, proprietarySteps, snapshots, sources } from "../schema";

export interface BoardPair {
  view: EventView;
  sourceName: string;
  prev: BoardGapState;
  next: BoardGapState;
}

interface Latest {
  id: number;
  source: string;
  arena: Arena;
  sc: number;
  date: string;
  priority: number;
  name: string;
}

/**
 * The newest two complete snapshots of every board, as gap states per category under the
 * default definition of open. Only the newest pair: a backfill of old history tells nobody
 * anything new, and a rebuild for other reasons re-derives the same keys.
 */
export function readBoardPairs(tx: Db): BoardPair[] {
  const latest = tx.all<Latest>(sql`
    SELECT id, source, arena, sc, date, priority, name FROM (
      SELECT ${snapshots.id} AS id, ${snapshots.sourceSlug} AS source, ${snapshots.arena} AS arena,
             ${snapshots.styleControl} AS sc, ${snapshots.publishedOn} AS date,
             ${sources.priority} AS priority, ${sources.name} AS name,
             ROW_NUMBER() OVER (
               PARTITION BY ${snapshots.sourceSlug}, ${snapshots.arena}, ${snapshots.styleControl}
               ORDER BY ${snapshots.publishedOn} DESC
             ) AS rn
      FROM ${snapshots} JOIN ${sources} ON ${sources.slug} = ${snapshots.sourceSlug}
      WHERE ${snapshots.coverage} = 'complete' AND ${snapshots.scoreCount} > 0
    ) WHERE rn <= 2 ORDER BY source, arena, sc, date`);
  if (!latest.length) return [];
  const historyStart =
    tx.get<{ d: string | null }>(
      sql`SELECT min(${snapshots.publishedOn}) AS d FROM ${snapshots} WHERE ${snapshots.scoreCount} > 0`,
    )?.d ?? "2023-05-08";
  const frontiersOf = readFrontiers(tx, latest);
  const pairs: BoardPair[] = [];
  for (let i = 1; i < latest.length; i++) {
    const [a, b] = [latest[i - 1], latest[i]];
    if (!a || !b || a.source !== b.source || a.arena !== b.arena || a.sc !== b.sc) continue;
    for (const [cat, next] of frontiersOf.get(b.id) ?? []) {
      const prev = frontiersOf.get(a.id)?.get(cat);
      if (!prev) continue;
      pairs.push({
        view: { arena: b.arena, sc: b.sc === 1, cat, source: b.source },
        sourceName: b.name,
        prev: toState(prev, historyStart),
        next: toState(next, historyStart),
      });
    }
  }
  return pairs;
}

function toState(f: SnapshotFrontier, historyStart: string): BoardGapState {
  const point = computeGap(f, OPEN_WEIGHT_CLASSES);
  const months = computeMonthsBehind(point, f.steps, historyStart);
  return { point, monthsBehind: months.monthsBehind };
}

interface Row {
  snapshotId: number;
  category: string;
  licenceClass: LicenceClass;
  slug: string;
  name: string;
  organization: string | null;
  rating: number;
  lower: number | null;
  upper: number | null;
}

/** Frontiers and proprietary steps of the given snapshots, by snapshot then category. */
function readFrontiers(tx: Db, snaps: Latest[]): Map<number, Map<string, SnapshotFrontier>> {
  const ids = sql.join(
    snaps.map((s) => sql`${s.id}`),
    sql`, `,
  );
  const rows = tx.all<Row>(sql`
    SELECT ${frontiers.snapshotId} AS snapshotId, ${frontiers.category} AS category,
           ${frontiers.licenceClass} AS licenceClass, ${models.slug} AS slug,
           ${models.displayName} AS name, ${models.organization} AS organization,
           ${frontiers.rating} AS rating, ${frontiers.lower} AS lower, ${frontiers.upper} AS upper
    FROM ${frontiers} JOIN ${models} ON ${models.id} = ${frontiers.modelId}
    WHERE ${frontiers.snapshotId} IN (${ids})`);
  const steps = tx.all<ProprietaryStep & { snapshotId: number; category: string }>(sql`
    SELECT ${proprietarySteps.snapshotId} AS snapshotId, ${proprietarySteps.category} AS category,
           ${models.slug} AS slug, ${models.displayName} AS name,
           ${proprietarySteps.availableFrom} AS availableFrom, ${models.availableBasis} AS basis,
           ${proprietarySteps.rating} AS rating
    FROM ${proprietarySteps} JOIN ${models} ON ${models.id} = ${proprietarySteps.modelId}
    WHERE ${proprietarySteps.snapshotId} IN (${ids})
    ORDER BY ${proprietarySteps.snapshotId}, ${proprietarySteps.category}, ${proprietarySteps.step}`);
  const bySnap = new Map(snaps.map((s) => [s.id, s]));
  const out = new Map<number, Map<string, SnapshotFrontier>>();
  const get = (id: number, category: string): SnapshotFrontier => {
    const cats = out.get(id) ?? new Map<string, SnapshotFrontier>();
    out.set(id, cats);
    let f = cats.get(category);
    if (!f) {
      const s = bySnap.get(id);
      f = {
        snapshotId: id,
        date: s?.date ?? "",
        source: s?.source ?? "",
        sourcePriority: s?.priority ?? 0,
        coverage: "complete" satisfies Coverage,
        best: {},
        steps: [],
      };
      cats.set(category, f);
    }
    return f;
  };
  for (const { snapshotId, category, ...m } of rows)
    get(snapshotId, category).best[m.licenceClass] = m;
  for (const { snapshotId, category, ...step } of steps) get(snapshotId, category).steps.push(step);
  return out;
}
