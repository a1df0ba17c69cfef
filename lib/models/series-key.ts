import { ARENAS, type Arena } from "@/lib/domain";
import { ARENA_LABELS } from "@/lib/labels";

/**
 * A rating series: one source's ratings on one board (arena × style control). Ratings are
 * comparable only within one snapshot of one series.
 */
export interface SeriesRef {
  source: string;
  arena: Arena;
  styleControl: boolean;
}

/**
 * A series as one URL-safe value: `lmarena-catalog`, `lmarena-catalog.sc`, `arena-ai-daily.webdev`.
 * The text board without style control is the plain source slug, so the common case stays short.
 */
export function toSeriesKey(series: SeriesRef): string {
  const parts = [series.source];
  if (series.arena !== "text") parts.push(series.arena);
  if (series.styleControl) parts.push("sc");
  return parts.join(".");
}

/** The inverse of toSeriesKey; null for anything it could not have produced. */
export function parseSeriesKey(key: string): SeriesRef | null {
  const [source = "", ...rest] = key.split(".");
  if (!/^[a-z0-9-]+$/.test(source) || rest.length > 2) return null;
  const arena = rest.find((p) => p !== "sc") ?? "text";
  if (!(ARENAS as readonly string[]).includes(arena)) return null;
  const series: SeriesRef = { source, arena: arena as Arena, styleControl: rest.includes("sc") };
  // Only the one spelling toSeriesKey writes is accepted, so every series has one URL.
  return toSeriesKey(series) === key ? series : null;
}

/** "LMArena arena-catalog · style control", for legends, notices and citations. */
export function describeSeries(key: string, sourceName: (slug: string) => string): string {
  const series = parseSeriesKey(key);
  if (!series) return key;
  const parts = [sourceName(series.source)];
  if (series.arena !== "text") parts.push(ARENA_LABELS[series.arena]);
  if (series.styleControl) parts.push("style control");
  return parts.join(" · ");
}
