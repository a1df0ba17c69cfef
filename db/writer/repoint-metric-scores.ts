import { getTableName } from "drizzle-orm";
import { resolveBenchmarkName } from "@/lib/identity/benchmark-overrides";
import { ALIAS_OVERRIDES } from "@/lib/identity/model-overrides";
import type { Period } from "@/lib/identity/resolve-identities";
import type { Db } from "../client";
import { metricScores } from "../schema";

const T = getTableName(metricScores);
const c = {
  name: metricScores.nameSlug.name,
  model: metricScores.modelId.name,
  date: metricScores.datedOn.name,
};

/**
 * Points every benchmark score at the Arena model its published model name is: a reviewed
 * benchmark alias first, then the same identity as the ratings (`modelOf`, and for names that
 * changed meaning, the model meant on the score's date). A name no rule knows stays unmatched.
 */
export function repointMetricScores(
  tx: Db,
  modelOf: Map<string, string>,
  periods: Map<string, Period[]>,
  idOf: Map<string, number>,
): void {
  const pairs = tx.$client
    .prepare(`SELECT DISTINCT ${c.name}, ${c.model} FROM ${T} WHERE ${c.name} IS NOT NULL`)
    .raw()
    .all() as [string, number | null][];
  const update = tx.$client.prepare(`UPDATE ${T} SET ${c.model} = ? WHERE ${c.name} = ?`);
  const byDates = tx.$client.prepare(
    `UPDATE ${T} SET ${c.model} = ? WHERE ${c.name} = ? AND coalesce(${c.date}, '9999-12-31') >= ? AND coalesce(${c.date}, '9999-12-31') < ?`,
  );
  const done = new Set<string>();
  for (const [name, id] of pairs) {
    const target = resolveBenchmarkName(name);
    const during = periods.get(target);
    if (during) {
      if (done.has(name)) continue;
      done.add(name);
      during.forEach((p, i) => {
        const from = i === 0 ? "0000-00-00" : p.from;
        const until = during[i + 1]?.from ?? "9999-12-32";
        byDates.run(idOf.get(p.model) ?? null, name, from, until);
      });
      continue;
    }
    const model = modelOf.get(target) ?? ALIAS_OVERRIDES[target] ?? target;
    const want = idOf.get(model) ?? null;
    if (id !== want) update.run(want, name);
  }
}
