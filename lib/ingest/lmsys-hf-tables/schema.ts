import { z } from "zod";
import { numberCell } from "../validate";

export const ELO_COLUMN = "Arena Elo rating";

const text = z.string().trim();
const requiredText = text.min(1, "empty value");

// The tables write "-" for models that were not on the Arena; anything else must be a number.
const eloCell = z
  .string()
  .transform((raw) => (raw.trim() === "-" ? null : raw))
  .pipe(numberCell.nullable());

/** 2023 tables: display name, displayed Arena Elo, licence; no key, no organization. */
export const ratedRowSchema = z.object({
  Model: requiredText,
  [ELO_COLUMN]: eloCell,
  License: text,
});

/** 2024+ tables: key → display name, licence, organization; no rating. */
export const factRowSchema = z.object({
  key: requiredText,
  Model: requiredText,
  License: text,
  Organization: text,
});
