import type { EventView } from "./event-kinds";

/**
 * The gap view's path for an event's board. The ingest side may not import the route's URL
 * module (app/search-params.ts), so this writes the four keys by its rules: defaults left out
 * (text, style control off, overall, all sources), a test keeps the two in step.
 */
export function toEventViewPath(view: EventView | null): string {
  if (!view) return "/status";
  const q = new URLSearchParams();
  if (view.cat !== "overall") q.set("cat", view.cat);
  if (view.arena !== "text") q.set("arena", view.arena);
  if (view.sc) q.set("sc", "1");
  if (view.source !== "all") q.set("source", view.source);
  const s = q.toString();
  return s ? `/?${s}` : "/";
}
