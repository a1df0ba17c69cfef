import { z } from "zod";

/** `{ lab: [point, ...] }`; points are validated one by one so errors carry lab and index. */
export const chartDataSchema = z.record(z.string(), z.array(z.unknown()));

export const chartPointSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD"),
  model_name: z.string().min(1),
  rating: z.number(),
});
