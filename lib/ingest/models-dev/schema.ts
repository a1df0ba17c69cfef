import { z } from "zod";
import { toIsoDate } from "../parse-number";

// 8 files (Qwen3 open models, Kimi K2.5) give only `2025-04`; the column needs a day, so a
// month-precision date becomes the first of that month rather than being dropped.
const releaseDate = z.string().transform((raw, ctx) => {
  const full = /^\d{4}-\d{2}$/.test(raw) ? `${raw}-01` : raw;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(full) ? toIsoDate(full) : null;
  if (iso !== null) return iso;
  ctx.addIssue({ code: "custom", message: `expected YYYY-MM-DD or YYYY-MM, got "${raw}"` });
  return z.NEVER;
});

/** `models/<org>/<id>.toml`: provider-agnostic facts; only the fields the adapter reads. */
export const modelFileSchema = z.object({
  name: z.string().min(1),
  release_date: releaseDate,
  open_weights: z.boolean(),
  license: z.string().min(1).optional(),
  limit: z.object({ context: z.number().int().nonnegative().optional() }).optional(),
});

/** `providers/<provider>/models/**.toml`: a provider's offering; prices in USD per 1M tokens. */
export const providerFileSchema = z.object({
  base_model: z
    .string()
    .regex(/^[^/]+\/[^/]+$/, "expected <org>/<id>")
    .optional(),
  cost: z
    .object({
      input: z.number().nonnegative().optional(),
      output: z.number().nonnegative().optional(),
    })
    .optional(),
});

export type CatalogModel = z.output<typeof modelFileSchema>;

/** `api.json`: `{ providerId: provider }`; only first-party providers are validated further. */
export const apiFileSchema = z.record(z.string(), z.unknown());

export const apiProviderSchema = z.object({ models: z.record(z.string(), z.unknown()) });

/** One api.json model: the provider file merged with its `base_model`, as models.dev builds it. */
export const apiModelSchema = modelFileSchema.extend(providerFileSchema.shape);
