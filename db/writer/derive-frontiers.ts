import { sql } from "drizzle-orm";
import { medianShiftBetween } from "@/lib/gap/median-shift-between";
import type { Db } from "../client";
import { frontiers, proprietarySteps, scaleShifts } from "../schema";

export function clearRankings(tx: Db): void {
  tx.delete(frontiers).run();
  tx.delete(proprietarySteps).run();
  tx.delete(scaleShifts).run();
}

/** Best model per snapshot, category and licence class, so pages read a few rows, not every score. */
export function deriveFrontiers(tx: Db): void {
  tx.run(sql`
    INSERT INTO frontiers (snapshot_id, category, licence_class, model_id, rating, lower, upper)
    SELECT snapshot_id, category, licence_class, model_id, rating, lower, upper FROM (
      SELECT s.snapshot_id, s.category, m.licence_class, s.model_id, s.rating, s.lower, s.upper,
             ROW_NUMBER() OVER (
               PARTITION BY s.snapshot_id, s.category, m.licence_class
               ORDER BY s.rating DESC, m.slug
             ) AS rn
      FROM scores s JOIN models m ON m.id = s.model_id
    ) WHERE rn = 1`);
}

/**
 * Per snapshot and category, the proprietary models that rated above every proprietary model
 * available before them (by availability date). "Months behind" reads these few rows.
 */
export function deriveProprietarySteps(tx: Db): void {
  tx.run(sql`
    INSERT INTO proprietary_steps (snapshot_id, category, step, model_id, available_from, rating, lower, upper)
    SELECT snapshot_id, category,
           ROW_NUMBER() OVER (PARTITION BY snapshot_id, category ORDER BY available_from, rating DESC, slug),
           model_id, available_from, rating, lower, upper
    FROM (
      SELECT s.snapshot_id, s.category, s.model_id, m.slug, m.available_from, s.rating, s.lower, s.upper,
             max(s.rating) OVER (
               PARTITION BY s.snapshot_id, s.category
               ORDER BY m.available_from, s.rating DESC, m.slug
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
             ) AS best_before
      FROM scores s JOIN models m ON m.id = s.model_id
      WHERE m.licence_class = 'proprietary' AND m.available_from IS NOT NULL
    ) WHERE best_before IS NULL OR rating > best_before`);
}

interface OverallRow {
  board: string;
  snapshotId: number;
  name: string;
  rating: number;
}

/** For each snapshot, how far the ratings it shares with the board's previous snapshot moved. */
export function deriveScaleShifts(tx: Db): void {
  const rows = tx.all<OverallRow>(sql`
    SELECT n.source_slug || '|' || n.arena || '|' || n.style_control AS board, n.id AS snapshotId,
           s.name_slug AS name, s.rating
    FROM scores s JOIN snapshots n ON n.id = s.snapshot_id
    WHERE s.category = 'overall'
    ORDER BY board, n.published_on, n.id`);
  const insert = tx.$client.prepare(
    `INSERT INTO scale_shifts (snapshot_id, previous_snapshot_id, median_shift, shared_models)
     VALUES (?, ?, ?, ?)`,
  );
  const boards: { board: string; id: number; ratings: Map<string, number> }[] = [];
  for (const r of rows) {
    let last = boards.at(-1);
    if (last?.id !== r.snapshotId) {
      last = { board: r.board, id: r.snapshotId, ratings: new Map() };
      boards.push(last);
    }
    last.ratings.set(r.name, r.rating);
  }
  boards.forEach((snap, i) => {
    const prev = boards[i - 1];
    if (!prev || prev.board !== snap.board) return;
    const shift = medianShiftBetween(prev.ratings, snap.ratings);
    if (shift) insert.run(snap.id, prev.id, shift.median, shift.shared);
  });
}
