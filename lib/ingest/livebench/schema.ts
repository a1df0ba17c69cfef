import { z } from "zod";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const entry = z.object({
  displayName: z.string().optional(),
  organization: z.string().optional(),
  /** Usually the model's date; some entries hold "001" or "2024-08", which are not days. */
  version: z.string().nullable().optional(),
  /** Set for open-weight models; missing (not false) for closed ones and some open ones. */
  openweight: z.boolean().optional(),
  variants: z
    .array(z.object({ rawName: z.string().min(1), displayName: z.string().optional() }))
    .optional(),
});

/** modelLinks.json: the site's model metadata, keyed by the name the tables use. */
export const modelLinksSchema = z.record(z.string(), entry);
export type ModelLinkEntry = z.infer<typeof entry>;

/** categories_<release>.json: category → the task columns it averages. */
export const categoriesSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));

export const firstSeenRowSchema = z.object({
  table: z.string().min(1),
  model: z.string().min(1),
  first_seen_commit_date: z.string().regex(isoDay, "not a date"),
});

export function isIsoDay(s: string | null | undefined): s is string {
  return typeof s === "string" && isoDay.test(s);
}
