import { createHash } from "node:crypto";
import { and, desc, eq, lt } from "drizzle-orm";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "../client";
import { scores, snapshots, type NewScore } from "../schema";
import { bumpDataVersion } from "./data-version";
import { recordFacts } from "./record-facts";

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
  return db.transaction(
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
      const rows: NewScore[] = snap.scores.map((s) => ({
        snapshotId,
        category: s.category,
        nameSlug: toModelSlug(s.model),
        rating: s.rating,
        lower: s.lower,
        upper: s.upper,
        votes: s.votes,
        rank: s.rank,
      }));
      // 9 columns × 500 rows stays far below SQLite's bound-parameter limit.
      for (let i = 0; i < rows.length; i += 500)
        tx.insert(scores)
          .values(rows.slice(i, i + 500))
          .run();
      recordFacts(tx, source.slug, snap);
      bumpDataVersion(tx);
      return { status: existing ? "updated" : "added", rows: rows.length };
    },
    { behavior: "immediate" },
  );
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
