import { createHash } from "node:crypto";
import type { Db } from "../client";

// Every table that carries meaning, with ids replaced by natural keys (slugs, board and date),
// ordered: two databases hold the same data exactly when their dumps are equal, whatever order
// or how many crashed attempts wrote them. The run log is left out: it records history.
const SNAPSHOT_KEY = `n.source_slug || '|' || n.arena || '|' || n.style_control || '|' || n.published_on`;
const QUERIES: Record<string, string> = {
  sources: "SELECT slug, name, priority FROM sources ORDER BY slug",
  snapshots: `SELECT ${SNAPSHOT_KEY}, n.coverage, n.content_hash, n.score_count, n.origin
              FROM snapshots n ORDER BY 1`,
  scores: `SELECT ${SNAPSHOT_KEY}, s.category, s.name_slug, m.slug, s.rating, s.lower, s.upper,
                  s.votes, s.rank
           FROM scores s JOIN snapshots n ON n.id = s.snapshot_id LEFT JOIN models m ON m.id = s.model_id
           ORDER BY 1, 2, 3`,
  models: `SELECT slug, display_name, organization, licence, licence_class, open_weights,
                  licence_conflict, release_date, first_seen_on, available_from, available_basis,
                  context_window, parameters_b, active_parameters_b, input_price_per_m, output_price_per_m
           FROM models ORDER BY slug`,
  model_facts: "SELECT source_slug, fact_hash, first_seen_on FROM model_facts ORDER BY 1, 2",
  model_aliases: `SELECT a.alias_slug, a.name, m.slug, a.source_slug FROM model_aliases a
                  JOIN models m ON m.id = a.model_id ORDER BY 1`,
  model_licences: `SELECT m.slug, l.source_slug, l.licence, l.licence_class, l.first_seen_on
                   FROM model_licences l JOIN models m ON m.id = l.model_id ORDER BY 1, 2, 3`,
  frontiers: `SELECT ${SNAPSHOT_KEY}, f.category, f.licence_class, m.slug, f.rating
              FROM frontiers f JOIN snapshots n ON n.id = f.snapshot_id JOIN models m ON m.id = f.model_id
              ORDER BY 1, 2, 3`,
  proprietary_steps: `SELECT ${SNAPSHOT_KEY}, p.category, p.step, m.slug, p.available_from, p.rating
                      FROM proprietary_steps p JOIN snapshots n ON n.id = p.snapshot_id
                      JOIN models m ON m.id = p.model_id ORDER BY 1, 2, 3`,
  scale_shifts: `SELECT ${SNAPSHOT_KEY}, x.median_shift, x.shared_models FROM scale_shifts x
                 JOIN snapshots n ON n.id = x.snapshot_id ORDER BY 1`,
  metrics: "SELECT slug, source_slug, name, unit, direction, data_licence FROM metrics ORDER BY 1",
  metric_exports: `SELECT metric_slug, exported_on, source_slug, content_hash, score_count
                   FROM metric_exports ORDER BY 1, 2`,
  metric_scores: `SELECT e.metric_slug, e.exported_on, s.entry_key, s.name_slug, m.slug, s.score
                  FROM metric_scores s JOIN metric_exports e ON e.id = s.export_id
                  LEFT JOIN models m ON m.id = s.model_id ORDER BY 1, 2, 3`,
  // Keyed, not numbered: a crashed run and its retry must tell followers the same things once.
  events: "SELECT key, kind, title, summary, before, after FROM events ORDER BY key",
  derived_fingerprint: "SELECT derived_fingerprint FROM data_state",
};

export interface CanonicalDump {
  /** sha256 over every table's rows. */
  digest: string;
  /** Row count and sha256 per table, to say which table differs. */
  tables: Record<string, { rows: number; digest: string }>;
}

export function canonicalDump(db: Db): CanonicalDump {
  const all = createHash("sha256");
  const tables: CanonicalDump["tables"] = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const hash = createHash("sha256");
    let rows = 0;
    for (const row of db.$client.prepare(query).raw().iterate()) {
      hash.update(`${JSON.stringify(row)}\n`);
      rows++;
    }
    const digest = hash.digest("hex");
    tables[name] = { rows, digest };
    all.update(`${name}:${digest}\n`);
  }
  return { digest: all.digest("hex"), tables };
}
