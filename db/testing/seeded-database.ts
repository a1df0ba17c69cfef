// Test-only: a temporary database seeded from the bundled history, shared by the integration
// tests that read real data. Sets DATABASE_PATH so the server-only query modules open it too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, type Db } from "../client";
import { prepareDatabase, type Prepared } from "../seed";

export function seedTestDatabase(name: string): { db: () => Db; prepared: () => Prepared } {
  const dir = mkdtempSync(path.join(tmpdir(), `opengap-${name}-`));
  process.env.DATABASE_PATH = path.join(dir, `${name}.db`);
  let db: Db | undefined;
  let prepared: Prepared | undefined;
  beforeAll(() => {
    db = openDatabase(process.env.DATABASE_PATH);
    prepared = prepareDatabase(db);
    if (prepared.kind !== "seeded") throw new Error(`expected a seed, got ${prepared.kind}`);
  }, 300_000);
  afterAll(() => {
    db?.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error("the seeded database is not ready yet");
    return v;
  };
  return { db: () => need(db), prepared: () => need(prepared) };
}
