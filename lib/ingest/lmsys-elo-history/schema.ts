import { z } from "zod";
import { dateCell, numberCell } from "../validate";

const text = z.string().trim();
const requiredText = text.min(1, "empty value");

/** One alltime.csv row: a model key's overall rating on one pkl date. */
export const alltimeRowSchema = z.object({
  key: requiredText,
  Model: requiredText,
  rating: numberCell,
  License: text,
  Organization: text,
  date: dateCell,
});
