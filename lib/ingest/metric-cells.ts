// Cells the benchmark adapters share (lib/ingest/validate.ts has the numeric ones).
import { z } from "zod";
import { toIsoDate } from "./parse-number";

/** Empty is null; anything else must be a real date. */
export const optionalDateCell = z.string().transform((raw, ctx) => {
  if (raw.trim() === "") return null;
  const iso = toIsoDate(raw);
  if (iso !== null) return iso;
  ctx.addIssue({ code: "custom", message: `not a date: "${raw}"` });
  return z.NEVER;
});

/** Trimmed text, empty as null. */
export const textCell = z.string().transform((s) => s.trim() || null);

/**
 * A 95% interval from a standard error, kept inside the metric's range (a score near 0% with a
 * wide error would otherwise reach below 0).
 */
export function toInterval(
  score: number,
  stderr: number | null,
  [min, max]: readonly [number, number],
): { lower: number | null; upper: number | null } {
  if (stderr === null) return { lower: null, upper: null };
  return {
    lower: Math.max(min, score - 1.96 * stderr),
    upper: Math.min(max, score + 1.96 * stderr),
  };
}
