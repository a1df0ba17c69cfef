import { z } from "zod";

/** A model key from the header row. */
export const modelKeySchema = z.string().trim().min(1, "empty model key");
