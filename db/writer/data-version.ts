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

export function readDataVersion(db: Pick<Db, "get">): number {
  return (
    db.get<{ v: number }>(
      sql`SELECT ${dataState.version} AS v FROM ${dataState} WHERE ${dataState.id} = 1`,
    )?.v ?? 0
  );
}
