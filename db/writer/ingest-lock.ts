import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { ingestLocks } from "../schema";

// Longer than any real run (the full history takes seconds), short enough that a crashed
// process does not block the next scheduled run.
export const LOCK_TTL_MS = 15 * 60 * 1000;

/** Takes the per-source lock unless a live holder has it; true when this holder now owns it. */
export function acquireIngestLock(
  db: Db,
  source: string,
  holder: string,
  now = new Date(),
): boolean {
  const acquiredAt = now.toISOString();
  const expiresAt = new Date(now.getTime() + LOCK_TTL_MS).toISOString();
  const result = db.$client
    .prepare(
      `INSERT INTO ingest_locks (source_slug, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(source_slug) DO UPDATE SET holder = excluded.holder,
         acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
       WHERE ingest_locks.expires_at < excluded.acquired_at`,
    )
    .run(source, holder, acquiredAt, expiresAt);
  return result.changes === 1;
}

export function releaseIngestLock(db: Db, source: string, holder: string): void {
  db.delete(ingestLocks)
    .where(and(eq(ingestLocks.sourceSlug, source), eq(ingestLocks.holder, holder)))
    .run();
}
