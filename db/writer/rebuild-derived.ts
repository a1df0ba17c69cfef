import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { BENCHMARK_ALIASES } from "@/lib/identity/benchmark-overrides";
import { LICENCE_REVIEW } from "@/lib/identity/licence-review";
import { ALIAS_OVERRIDES, LICENCE_OVERRIDES, TIME_SPLITS } from "@/lib/identity/model-overrides";
import type { Db } from "../client";
import { dataState } from "../schema";
import { bumpDataVersion } from "./data-version";
import { deriveEvents } from "./derive-events";
import { deriveIdentity } from "./derive-identity";
import { faultPoint } from "./fault-point";
import {
  clearRankings,
  deriveFrontiers,
  deriveProprietarySteps,
  deriveScaleShifts,
} from "./derive-frontiers";

// Bump when a derivation rule changes, so existing databases rebuild on their next start.
const DERIVATION_VERSION = 2;

/**
 * Digest of everything the derived tables are computed from: every snapshot's content, every
 * stored fact, source preferences and the reviewed overrides. Equal digest, equal derived data.
 */
export function computeDerivedFingerprint(db: Db): string {
  const hash = createHash("sha256");
  hash.update(`v${DERIVATION_VERSION}\n`);
  hash.update(JSON.stringify(ALIAS_OVERRIDES));
  hash.update(JSON.stringify(TIME_SPLITS));
  hash.update(JSON.stringify(LICENCE_OVERRIDES.map((o) => [o.pattern.source, o.licenceClass])));
  hash.update(JSON.stringify(LICENCE_REVIEW.map((r) => [r.slug, r.licenceClass, r.licence])));
  hash.update(JSON.stringify(BENCHMARK_ALIASES));
  for (const r of db.$client
    .prepare(
      `SELECT source_slug, arena, style_control, coverage, published_on, content_hash FROM snapshots
       ORDER BY source_slug, arena, style_control, published_on`,
    )
    .raw()
    .iterate())
    hash.update(`${(r as unknown[]).join("|")}\n`);
  for (const r of db.$client
    .prepare("SELECT metric_slug, exported_on, content_hash FROM metric_exports ORDER BY 1, 2")
    .raw()
    .iterate())
    hash.update(`${(r as unknown[]).join("|")}\n`);
  for (const r of db.$client
    .prepare("SELECT source_slug, fact_hash, first_seen_on FROM model_facts ORDER BY 1, 2")
    .raw()
    .iterate())
    hash.update(`${(r as unknown[]).join("|")}\n`);
  for (const r of db.$client
    .prepare("SELECT slug, priority FROM sources ORDER BY 1")
    .raw()
    .iterate())
    hash.update(`${(r as unknown[]).join("|")}\n`);
  return hash.digest("hex");
}

function storedFingerprint(db: Pick<Db, "select">): string | null {
  return (
    db.select({ f: dataState.derivedFingerprint }).from(dataState).where(eq(dataState.id, 1)).get()
      ?.f ?? null
  );
}

/**
 * Rebuilds every derived table (models and identity, licences, frontiers, proprietary steps,
 * scale shifts), and records the events the newest snapshots show, in one IMMEDIATE
 * transaction when its inputs changed since the last rebuild.
 * Keyed on the fingerprint, not on "did this run write anything", so a run after a crash
 * between the last snapshot and the rebuild always repairs it. Returns whether it rebuilt.
 */
export function rebuildDerivedIfStale(db: Db, options: { force?: boolean } = {}): boolean {
  const fingerprint = computeDerivedFingerprint(db);
  if (!options.force && storedFingerprint(db) === fingerprint) return false;
  // better-sqlite3's own transaction (BEGIN IMMEDIATE): every statement below, drizzle's and
  // prepared ones alike, runs on this connection inside it.
  const rebuild = db.$client.transaction((): boolean => {
    if (!options.force && storedFingerprint(db) === fingerprint) return false;
    clearRankings(db);
    deriveIdentity(db);
    faultPoint("mid-rebuild");
    deriveFrontiers(db);
    deriveProprietarySteps(db);
    deriveScaleShifts(db);
    deriveEvents(db);
    bumpDataVersion(db);
    db.run(
      sql`UPDATE ${dataState} SET derived_fingerprint = ${fingerprint}, derived_at = ${new Date().toISOString()} WHERE id = 1`,
    );
    return true;
  });
  return rebuild.immediate();
}
