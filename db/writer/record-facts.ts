import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { makeModelFact } from "@/lib/ingest/model-fact";
import type { ParsedSnapshot } from "@/lib/ingest/types";
import type { Db } from "../client";
import { modelFacts } from "../schema";

/**
 * Stores what a snapshot says about its models, once per distinct fact and source. Every rated
 * name gets at least a bare fact, so the identity rebuild knows how each name was written.
 */
export function recordFacts(tx: Pick<Db, "insert">, source: string, snap: ParsedSnapshot): void {
  const stated = new Set(snap.models.map((f) => f.name));
  const bare = [...new Set(snap.scores.map((s) => s.model))]
    .filter((name) => !stated.has(name))
    .map((name) => makeModelFact(name));
  for (const fact of [...snap.models, ...bare]) {
    const json = JSON.stringify(fact);
    tx.insert(modelFacts)
      .values({
        sourceSlug: source,
        factHash: createHash("sha256").update(json).digest("hex").slice(0, 32),
        name: fact.name,
        fact: json,
        firstSeenOn: snap.publishedOn,
      })
      .onConflictDoUpdate({
        target: [modelFacts.sourceSlug, modelFacts.factHash],
        set: { firstSeenOn: sql`min(${modelFacts.firstSeenOn}, excluded.first_seen_on)` },
      })
      .run();
  }
}
