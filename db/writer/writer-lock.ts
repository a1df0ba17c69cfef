import Database from "better-sqlite3";

export interface WriterLock {
  release(): void;
}

const memoryLocks = new Set<string>();

/**
 * One writer per database file at a time, held by the operating system: an exclusive SQLite
 * lock on a side file (`<db>.writer-lock`). It dies with its holder (a `kill -9` frees it at
 * once), so a crashed ingest never blocks the next one. Waits up to `waitMs`, then gives up.
 * `waitMs` blocks the calling thread: the web server passes 0 and reports "busy" instead.
 */
export function acquireWriterLock(dbFile: string, waitMs: number): WriterLock | null {
  if (dbFile === ":memory:" || dbFile === "") return acquireMemoryLock(dbFile);
  const lock = new Database(`${dbFile}.writer-lock`);
  try {
    lock.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
    lock.exec("BEGIN EXCLUSIVE");
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code === "SQLITE_BUSY") return null;
    throw err;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}

// In-memory databases live in one process: a plain flag is enough.
function acquireMemoryLock(key: string): WriterLock | null {
  if (memoryLocks.has(key)) return null;
  memoryLocks.add(key);
  return { release: () => void memoryLocks.delete(key) };
}

/** Runs `fn` holding the writer lock of `db`'s file; `null` when another writer kept it past `waitMs`. */
export function withWriterLock<T>(
  db: { $client: { name: string } },
  waitMs: number,
  fn: () => T,
): T | null {
  const lock = acquireWriterLock(db.$client.name, waitMs);
  if (!lock) return null;
  try {
    return fn();
  } finally {
    lock.release();
  }
}
