import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase, resolveDatabasePath, type Db } from "./client";

// Resolved from the project root, which every script and `next start` run from.
export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db", "migrations");

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = resolveDatabasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrated ${file}`);
}
