import { z } from "zod";

/** `2025-08-05`, or `2025-04` (month precision, seen in 8 Qwen/Kimi files). */
const releaseDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM-DD or YYYY-MM");

/** `models/<org>/<id>.toml`: provider-agnostic facts; only the fields the adapter reads. */
export const modelFileSchema = z.object({
  name: z.string().min(1),
  release_date: releaseDate,
  open_weights: z.boolean(),
  license: z.string().min(1).optional(),
  limit: z.object({ context: z.number().int().positive().optional() }).optional(),
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
