import "server-only";
import { sql } from "drizzle-orm";
import type { Arena } from "@/lib/domain";
import { slugify } from "@/lib/url/slugify";
import { getDb } from "../client";
import { memoByDataVersion } from "./data-version";

export interface Choice {
  slug: string;
  label: string;
  count: number;
  /** Every stored spelling behind this slug ("Apache 2.0", "Apache-2.0"). */
  labels: string[];
}

export interface BoardChoices {
  categories: Choice[];
  sources: Choice[];
  licences: (Choice & { licenceClass: string })[];
  organizations: Choice[];
  /** Boards (arena × style control) that have any data. */
  boards: { arena: Arena; styleControl: boolean }[];
}

/** What the filters can offer for one board; computed once per data version. */
export function getBoardChoices(arena: Arena, styleControl: boolean): BoardChoices {
  return memoByDataVersion(`choices:${arena}:${styleControl}`, () => {
    const db = getDb();
    const board = sql`n.arena = ${arena} AND n.style_control = ${styleControl ? 1 : 0} AND n.score_count > 0`;
    const categories = db.all<{ slug: string; count: number }>(sql`
      SELECT f.category AS slug, count(DISTINCT f.snapshot_id) AS count FROM frontiers f
      JOIN snapshots n ON n.id = f.snapshot_id WHERE ${board} GROUP BY f.category ORDER BY count DESC, slug`);
    const sources = db.all<{ slug: string; label: string; count: number }>(sql`
      SELECT s.slug, s.name AS label, count(*) AS count FROM snapshots n JOIN sources s ON s.slug = n.source_slug
      WHERE ${board} GROUP BY s.slug ORDER BY s.priority`);
    const models = db.all<{
      organization: string | null;
      licence: string | null;
      cls: string;
      n: number;
    }>(sql`
      SELECT m.organization, m.licence, m.licence_class AS cls, count(*) AS n FROM models m
      WHERE m.id IN (SELECT DISTINCT x.model_id FROM scores x JOIN snapshots n ON n.id = x.snapshot_id WHERE ${board})
      GROUP BY m.organization, m.licence, m.licence_class`);
    return {
      categories: categories.map((c) => ({ ...c, label: c.slug, labels: [c.slug] })),
      sources: sources.map((s) => ({ ...s, labels: [s.label] })),
      licences: tally(
        models.filter((m) => m.cls !== "proprietary" && m.licence),
        (m) => m.licence ?? "",
      ).map((c) => ({
        ...c,
        licenceClass: models.find((m) => m.licence === c.label)?.cls ?? "unknown",
      })),
      organizations: tally(
        models.filter((m) => m.organization),
        (m) => m.organization ?? "",
      ),
      boards: db.all<{ arena: Arena; styleControl: boolean }>(sql`
        SELECT DISTINCT arena, style_control AS styleControl FROM snapshots WHERE score_count > 0 ORDER BY arena`),
    };
  });
}

function tally<T extends { n: number }>(rows: T[], labelOf: (r: T) => string): Choice[] {
  const bySlug = new Map<string, Choice>();
  for (const r of rows) {
    const label = labelOf(r);
    const slug = slugify(label);
    const c = bySlug.get(slug) ?? { slug, label, count: 0, labels: [] };
    c.count += r.n;
    if (!c.labels.includes(label)) c.labels.push(label);
    bySlug.set(slug, c);
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
