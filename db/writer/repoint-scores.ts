import { getTableName, sql } from "drizzle-orm";
import type { Period } from "@/lib/identity/resolve-identities";
import type { Db } from "../client";
import { scores } from "../schema";

const T = getTableName(scores);
const c = {
  snapshot: scores.snapshotId.name,
  name: scores.nameSlug.name,
  model: scores.modelId.name,
  category: scores.category.name,
};
// The two indexes on scores.model_id, spelled exactly as the generated migrations create them
// (db/seed.test.ts compares sqlite_master with a freshly migrated database).
const MODEL_INDEXES = [
  `CREATE INDEX \`scores_model_idx\` ON \`${T}\` (\`${c.model}\`,\`${c.category}\`)`,
  `CREATE INDEX \`scores_name_model_idx\` ON \`${T}\` (\`${c.name}\`,\`${c.model}\`)`,
];
// Above this many ratings to re-point, dropping and rebuilding the indexes is ~4× faster than
// updating them row by row (a fresh seed re-points all ~370,000).
const MASS_ROWS = 50_000;

/**
 * Points every rating at the model its published name stands for: `modelOf` for most names,
 * and for names that changed meaning, the model each one meant on the snapshot's date.
 */
export function repointScores(
  tx: Db,
  modelOf: Map<string, string>,
  periods: Map<string, Period[]>,
  idOf: Map<string, number>,
): void {
  const rowsOf = new Map<string, number>();
  const changed = new Map<string, number | null>();
  const pairs = tx.$client
    .prepare(`SELECT ${c.name}, ${c.model}, count(*) FROM ${T} GROUP BY ${c.name}, ${c.model}`)
    .raw()
    .all() as [string, number | null, number][];
  for (const [name, id, n] of pairs) {
    if (periods.has(name)) continue;
    const target = idOf.get(modelOf.get(name) ?? name) ?? null;
    if (id === target) continue;
    changed.set(name, target);
    rowsOf.set(name, (rowsOf.get(name) ?? 0) + n);
  }
  const rows = [...rowsOf.values()].reduce((a, b) => a + b, 0);
  if (rows > MASS_ROWS) massUpdate(tx, changed);
  else {
    const update = tx.$client.prepare(`UPDATE ${T} SET ${c.model} = ? WHERE ${c.name} = ?`);
    for (const [name, id] of changed) update.run(id, name);
  }
  const byDates = tx.$client.prepare(`
    UPDATE ${T} SET ${c.model} = ? WHERE ${c.name} = ? AND ${c.snapshot} IN
      (SELECT id FROM snapshots WHERE published_on >= ? AND published_on < ?)`);
  for (const [name, list] of periods)
    list.forEach((p, i) => {
      const from = i === 0 ? "0000-00-00" : p.from;
      const until = list[i + 1]?.from ?? "9999-12-31";
      byDates.run(idOf.get(p.model) ?? null, name, from, until);
    });
}

function massUpdate(tx: Db, changed: Map<string, number | null>): void {
  tx.run(sql`CREATE TEMP TABLE repoint (name TEXT PRIMARY KEY, id INTEGER)`);
  const put = tx.$client.prepare("INSERT INTO temp.repoint (name, id) VALUES (?, ?)");
  for (const [name, id] of changed) put.run(name, id);
  tx.$client.exec("DROP INDEX scores_model_idx; DROP INDEX scores_name_model_idx;");
  tx.$client.exec(`
    UPDATE ${T} SET ${c.model} = (SELECT id FROM temp.repoint WHERE name = ${T}.${c.name})
    WHERE ${c.name} IN (SELECT name FROM temp.repoint)`);
  for (const ddl of MODEL_INDEXES) tx.$client.exec(ddl);
  tx.run(sql`DROP TABLE temp.repoint`);
}
