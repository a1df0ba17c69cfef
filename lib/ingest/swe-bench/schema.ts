import { z } from "zod";
import { dateCell, numberCell } from "../validate";

const flag = z.enum(["True", "False"], { message: 'expected "True" or "False"' });

export const ENTRY_COLUMNS = [
  "leaderboard",
  "name",
  "date",
  "resolved",
  "os_model",
  "os_system",
  "folder",
  "tags",
] as const;

/** One leaderboard entry of leaderboards.csv (converted from data/leaderboards.json). */
export const entrySchema = z.object({
  leaderboard: z.string().min(1),
  name: z.string().trim().min(1, "name is empty"),
  date: dateCell,
  resolved: numberCell,
  os_model: flag,
  os_system: flag,
  folder: z.string().trim().min(1, "folder is empty"),
  tags: z.string(),
});

export const releaseDateSchema = z.object({
  model_id: z.string().trim().min(1),
  release_date: dateCell,
});
