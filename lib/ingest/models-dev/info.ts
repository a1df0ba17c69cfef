import type { SourceInfo } from "../types";

/**
 * The catalog has no history: every fact carries the date of the commit the mirror copies
 * (anomalyco/models.dev f3fc692), not a file's `last_updated`, so all facts share one date.
 */
export const CATALOG_DATE = "2026-07-02";

export const info = {
  slug: "models-dev",
  name: "models.dev catalog",
  publisher: "models.dev contributors, via github.com/anomalyco/models.dev",
  dataLicence: "MIT (models.dev repository LICENSE, © 2025 models.dev)",
  homepage: "https://models.dev",
  dataDir: "models-dev",
  series:
    "No ratings: model facts (open weights, licence, release date, context window, first-party list price per 1M tokens) from the models.dev catalog as of 2026-07-02",
  priority: Infinity,
  kind: "metadata",
} satisfies SourceInfo;
