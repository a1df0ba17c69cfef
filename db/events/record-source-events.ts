import { desc, eq, gt, and } from "drizzle-orm";
import { todayIso } from "@/lib/dates/iso-date";
import { detectSourceEvents } from "@/lib/events/detect-source-events";
import type { SourceInfo } from "@/lib/ingest/types";
import type { Db } from "../client";
import { snapshots } from "../schema";
import { storeEvents } from "./store-events";

export interface RunOutcome {
  info: SourceInfo;
  status: string;
  error?: string | null;
}

/**
 * After a run: a live source that failed or has gone quiet for longer than its cadence becomes
 * an event (with its deliveries) in one IMMEDIATE transaction. Backfill-only sources never go
 * stale: their history is frozen on purpose.
 */
export function recordSourceEvents(db: Db, outcomes: readonly RunOutcome[]): number {
  const today = todayIso();
  const detected = outcomes
    .filter((o) => o.info.live && (o.status === "success" || o.status === "failed"))
    .flatMap((o) =>
      detectSourceEvents({
        source: o.info.slug,
        name: o.info.name,
        recentDates: recentDates(db, o.info.slug),
        error: o.status === "failed" ? (o.error ?? "unknown error") : null,
        today,
      }),
    );
  if (!detected.length) return 0;
  return db.$client
    .transaction(() => storeEvents(db, detected, new Date().toISOString()))
    .immediate();
}

function recentDates(db: Db, source: string): string[] {
  const rows = db
    .selectDistinct({ d: snapshots.publishedOn })
    .from(snapshots)
    .where(and(eq(snapshots.sourceSlug, source), gt(snapshots.scoreCount, 0)))
    .orderBy(desc(snapshots.publishedOn))
    .limit(9)
    .all();
  return rows.map((r) => r.d).reverse();
}
