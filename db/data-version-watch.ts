import { getDb } from "./client";
import { readDataState } from "./writer/data-version";

// The committed data version, read only when SQLite says something was committed since the last
// look: PRAGMA data_version moves on another connection's commit, total_changes() on this
// connection's own. Not server-only: the serving process (db/serve) reads it too.
let seen = { pragma: -1, changes: -1, version: 0, derived: "" };

function look(): typeof seen {
  const db = getDb();
  const pragma = db.$client.pragma("data_version", { simple: true }) as number;
  const changes = db.$client.prepare("SELECT total_changes() AS n").pluck().get() as number;
  if (pragma !== seen.pragma || changes !== seen.changes)
    seen = { pragma, changes, ...readDataState(db) };
  return seen;
}

export function getDataVersion(): number {
  return look().version;
}

/**
 * The fingerprint of the last rebuild of the derived tables (frontiers, steps, identity). It
 * moves once at the end of an ingest run, not at each snapshot it commits on the way.
 */
export function getDerivedVersion(): string {
  return look().derived;
}
