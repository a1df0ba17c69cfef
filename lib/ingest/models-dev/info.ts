import type { SourceInfo } from "../types";

/**
 * The catalog has no history: every fact from the TOML mirror carries the date of the commit it
 * copies (anomalyco/models.dev f3fc692), not a file's `last_updated`, so all share one date.
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
    "No ratings: model facts (open weights, licence, release date, context window, first-party list price per 1M tokens) from the models.dev catalog (the mirror as of 2026-07-02; a live read of api.json is dated the day it is made)",
  priority: Infinity,
  kind: "metadata",
  live: { envVar: "OPENGAP_URL_MODELS_DEV", defaultUrl: "https://models.dev" },
} satisfies SourceInfo;
