import { createHash } from "node:crypto";
import { and, desc, eq, lt } from "drizzle-orm";
import type { ParsedSnapshot, SourceInfo } from "@/lib/ingest/types";
import type { Db } from "../client";
import { scores, snapshots, type NewScore } from "../schema";
import type { ModelResolver } from "./model-resolver";

export type SnapshotOutcome = { status: "added" | "updated" | "unchanged"; rows: number };

/**
 * Hash of what a snapshot says, not where or when it was fetched: a mirror re-fetch, or a daily
 * fetch of a board that has not changed, hashes the same.
 */
export function hashSnapshot(snap: ParsedSnapshot): string {
  const body = JSON.stringify([
    snap.arena,
    snap.styleControl,
    [...snap.scores].sort((a, b) => (a.model + a.category).localeCompare(b.model + b.category)),
    [...snap.models].sort((a, b) => a.name.localeCompare(b.name)),
  ]);
  return createHash("sha256").update(body).digest("hex");
}

/** Writes one snapshot in one transaction; identical content already stored writes nothing. */
export function writeSnapshot(
  db: Db,
  source: SourceInfo,
  snap: ParsedSnapshot,
  resolver: ModelResolver,
  fetchedAt: string,
): SnapshotOutcome {
  const contentHash = hashSnapshot(snap);
  const key = and(
    eq(snapshots.sourceSlug, source.slug),
    eq(snapshots.arena, snap.arena),
    eq(snapshots.styleControl, snap.styleControl),
    eq(snapshots.publishedOn, snap.publishedOn),
  );
  const existing = db.select().from(snapshots).where(key).get();
  if (existing?.contentHash === contentHash) return { status: "unchanged", rows: 0 };
  if (!existing && repeatsPreviousSnapshot(db, source.slug, snap, contentHash)) {
    return { status: "unchanged", rows: 0 };
  }

  return db.transaction((tx) => {
    for (const fact of snap.models) resolver.applyFact(fact, source.slug, snap.publishedOn);
    const values = {
      sourceSlug: source.slug,
      arena: snap.arena,
      publishedOn: snap.publishedOn,
      styleControl: snap.styleControl,
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
      modelId: resolver.resolveName(s.model, source.slug),
      category: s.category,
      rating: s.rating,
      lower: s.lower,
      upper: s.upper,
      votes: s.votes,
      rank: s.rank,
    }));
    // 8 columns × 500 rows stays far below SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 500)
      tx.insert(scores)
        .values(rows.slice(i, i + 500))
        .run();
    return { status: existing ? "updated" : "added", rows: rows.length };
  });
}

/** The board republished unchanged under a later date (undated files, daily scrapes). */
function repeatsPreviousSnapshot(
  db: Db,
  source: string,
  snap: ParsedSnapshot,
  hash: string,
): boolean {
  const previous = db
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
