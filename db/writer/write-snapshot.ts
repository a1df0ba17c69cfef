import { createHash } from "node:crypto";
import { and, desc, eq, getTableName, lt } from "drizzle-orm";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "../client";
import { scores, snapshots } from "../schema";
import { bumpDataVersion } from "./data-version";
import { recordFacts } from "./record-facts";

// Prepared once per call and run per row: drizzle's multi-row builder costs more than the writes.
const INSERT_SCORE = `INSERT INTO ${getTableName(scores)} (${[
  scores.snapshotId,
  scores.category,
  scores.nameSlug,
  scores.rating,
  scores.lower,
  scores.upper,
  scores.votes,
  scores.rank,
]
  .map((c) => c.name)
  .join(", ")}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

export type SnapshotOutcome = { status: "added" | "updated" | "unchanged"; rows: number };

/**
 * Hash of what a snapshot says, not where or when it was fetched: a mirror re-fetch, or a daily
 * fetch of a board that has not changed, hashes the same.
 */
export function hashSnapshot(snap: ParsedSnapshot): string {
  const body = JSON.stringify([
    snap.arena,
    snap.styleControl,
    snap.coverage,
    [...snap.scores].sort((a, b) => (a.model + a.category).localeCompare(b.model + b.category)),
    [...snap.models].sort((a, b) => a.name.localeCompare(b.name)),
  ]);
  return createHash("sha256").update(body).digest("hex");
}

/**
 * Writes one snapshot, its ratings and its facts in one IMMEDIATE transaction (the write lock is
 * taken before anything is read, so the "already stored?" check cannot race another writer).
 * Identical content already stored writes nothing. Which model each name is gets decided later,
 * by the derived rebuild, from all facts at once.
 */
export function writeSnapshot(
  db: Db,
  source: SourceInfo,
  snap: ParsedSnapshot,
  fetchedAt: string,
): SnapshotOutcome {
  const contentHash = hashSnapshot(snap);
  let remember = () => {};
  const outcome: SnapshotOutcome = db.transaction(
    (tx) => {
      const existing = tx
        .select({ id: snapshots.id, contentHash: snapshots.contentHash })
        .from(snapshots)
        .where(
          and(
            eq(snapshots.sourceSlug, source.slug),
            eq(snapshots.arena, snap.arena),
            eq(snapshots.styleControl, snap.styleControl),
            eq(snapshots.publishedOn, snap.publishedOn),
          ),
        )
        .get();
      if (existing?.contentHash === contentHash) return { status: "unchanged", rows: 0 };
      if (!existing && repeatsPreviousSnapshot(tx, source.slug, snap, contentHash))
        return { status: "unchanged", rows: 0 };

      const values = {
        sourceSlug: source.slug,
        arena: snap.arena,
        publishedOn: snap.publishedOn,
        styleControl: snap.styleControl,
        coverage: snap.coverage,
        origin: snap.origin,
        fetchedAt,
        contentHash,
        scoreCount: snap.scores.length,
      };
      let snapshotId: number;
      if (existing) {
        // A republished board replaces its earlier version of the same date.
        tx.delete(scores).where(eq(scores.snapshotId, existing.id)).run();
        tx.update(snapshots).set(values).where(eq(snapshots.id, existing.id)).run();
        snapshotId = existing.id;
      } else {
        snapshotId = tx.insert(snapshots).values(values).returning({ id: snapshots.id }).get().id;
      }
      const insert = db.$client.prepare(INSERT_SCORE);
      for (const s of snap.scores)
        insert.run(
          snapshotId,
          s.category,
          toModelSlug(s.model),
          s.rating,
          s.lower,
          s.upper,
          s.votes,
          s.rank,
        );
      remember = recordFacts(db, source.slug, snap);
      bumpDataVersion(tx);
      return { status: existing ? "updated" : "added", rows: snap.scores.length };
    },
    { behavior: "immediate" },
  );
  remember();
  return outcome;
}

/** The board republished unchanged under a later date (undated files, daily scrapes). */
function repeatsPreviousSnapshot(
  tx: Pick<Db, "select">,
  source: string,
  snap: ParsedSnapshot,
  hash: string,
): boolean {
  const previous = tx
    .select({ hash: snapshots.contentHash })
    .from(snapshots)
    .where(
      and(
        eq(snapshots.sourceSlug, source),
        eq(snapshots.arena, snap.arena),
        eq(snapshots.styleControl, snap.styleControl),
        lt(snapshots.publishedOn, snap.publishedOn),
      ),
    )
    .orderBy(desc(snapshots.publishedOn))
    .limit(1)
    .get();
  return previous?.hash === hash;
}
