import { z } from "zod";

/** `{ category: { model_key: entry } }`; the entries are validated one by one for row-level errors. */
export const leaderboardFileSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

export const ratingEntrySchema = z.object({
  rating: z.number(),
  rating_q025: z.number(),
  rating_q975: z.number(),
});

export const scatterplotFileSchema = z.array(z.unknown());

// Prices are mostly strings ("2.5", "" when unknown) but a few entries carry bare numbers.
const priceSchema = z.union([z.string(), z.number()]);

export const scatterplotEntrySchema = z.object({
  name: z.string(),
  model_api_name: z.string().min(1),
  input_token_price: priceSchema,
  output_token_price: priceSchema,
  organization: z.string(),
  license: z.string(),
});
