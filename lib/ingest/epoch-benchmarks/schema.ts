import { z } from "zod";
import { optionalDateCell, textCell } from "../metric-cells";
import { numberCell, optionalNumberCell } from "../validate";

const modelVersion = z.string().trim().min(1, "model version is empty");

export const ECI_COLUMNS = [
  "Model version",
  "ECI Score",
  "Release date",
  "Organization",
  "Model accessibility",
  "Display name",
] as const;

/** One row of epoch_capabilities_index.csv; rows without a score still state accessibility. */
export const eciRowSchema = z.object({
  "Model version": modelVersion,
  "ECI Score": optionalNumberCell,
  "Release date": optionalDateCell,
  Organization: textCell,
  "Model accessibility": textCell,
  "Display name": textCell,
});

export const BENCHMARK_COLUMNS = [
  "Model version",
  "mean_score",
  "stderr",
  "Release date",
  "Organization",
] as const;

/** One run of an Epoch-run benchmark file: mean accuracy (0–1) and its standard error. */
export const benchmarkRowSchema = z.object({
  "Model version": modelVersion,
  mean_score: numberCell,
  stderr: optionalNumberCell,
  "Release date": optionalDateCell,
  Organization: textCell,
});

export type EciRow = z.infer<typeof eciRowSchema>;
