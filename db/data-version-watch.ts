import { getDb } from "./client";
import { readDataVersion } from "./writer/data-version";

// The committed data version, read only when SQLite says something was committed since the last
// look: PRAGMA data_version moves on another connection's commit, total_changes() on this
// connection's own. Not server-only: the serving process (db/serve) reads it too.
let seen = { pragma: -1, changes: -1, version: 0 };

export function getDataVersion(): number {
  const db = getDb();
  const pragma = db.$client.pragma("data_version", { simple: true }) as number;
  const changes = db.$client.prepare("SELECT total_changes() AS n").pluck().get() as number;
  if (pragma !== seen.pragma || changes !== seen.changes)
    seen = { pragma, changes, version: readDataVersion(db) };
  return seen.version;
}
