import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { dataState } from "../schema";

/**
 * Marks committed data as new. Called inside every write transaction, so a reader that sees
 * the new version also sees the data it stands for.
 */
export function bumpDataVersion(tx: Pick<Db, "insert">): void {
  tx.insert(dataState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: dataState.id, set: { version: sql`${dataState.version} + 1` } })
    .run();
}

/** The data version and the derived tables' fingerprint ("" before the first rebuild). */
export function readDataState(db: Pick<Db, "get">): { version: number; derived: string } {
  const row = db.get<{ v: number; f: string | null }>(
    sql`SELECT ${dataState.version} AS v, ${dataState.derivedFingerprint} AS f FROM ${dataState} WHERE ${dataState.id} = 1`,
  );
  return { version: row?.v ?? 0, derived: row?.f ?? "" };
}
