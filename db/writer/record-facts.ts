import { createHash } from "node:crypto";
import { getTableName } from "drizzle-orm";
import { makeModelFact } from "@/lib/ingest/model-fact";
import type { ParsedSnapshot } from "@/lib/ingest/types";
import type { Db } from "../client";
import { modelFacts as f } from "../schema";

// Facts repeat in every snapshot of a source: within one process, a fact already committed with
// an earlier or equal date needs no statement at all (first_seen_on only ever moves earlier).
const committed = new WeakMap<object, Map<string, string>>();

const UPSERT = `INSERT INTO ${getTableName(f)} (${f.sourceSlug.name}, ${f.factHash.name}, ${f.name.name}, ${f.fact.name}, ${f.firstSeenOn.name})
  VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (${f.sourceSlug.name}, ${f.factHash.name}) DO UPDATE SET ${f.firstSeenOn.name} = excluded.${f.firstSeenOn.name}
  WHERE excluded.${f.firstSeenOn.name} < ${getTableName(f)}.${f.firstSeenOn.name}`;

/**
 * Stores what a snapshot says about its models, once per distinct fact and source, inside the
 * caller's transaction. Every rated name gets at least a bare fact, so the identity rebuild
 * knows how each name was written. Returns what to remember once the transaction commits.
 */
export function recordFacts(db: Db, source: string, snap: ParsedSnapshot): () => void {
  const seen = committed.get(db.$client) ?? new Map<string, string>();
  committed.set(db.$client, seen);
  const stated = new Set(snap.models.map((m) => m.name));
  const bare = [...new Set(snap.scores.map((s) => s.model))]
    .filter((name) => !stated.has(name))
    .map((name) => makeModelFact(name));
  const upsert = db.$client.prepare(UPSERT);
  const written: [string, string][] = [];
  for (const fact of [...snap.models, ...bare]) {
    const json = JSON.stringify(fact);
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 32);
    const key = `${source}\u0000${hash}`;
    const known = seen.get(key);
    if (known !== undefined && known <= snap.publishedOn) continue;
    upsert.run(source, hash, fact.name, json, snap.publishedOn);
    written.push([key, snap.publishedOn]);
  }
  return () => {
    for (const [key, date] of written) seen.set(key, date);
  };
}
