// Fixed value sets shared by the schema, the analytics and the URL parsers.

export const ARENAS = ["text", "code", "vision", "webdev"] as const;
export type Arena = (typeof ARENAS)[number];

export const LICENCE_CLASSES = [
  "proprietary",
  "open-restricted",
  "open-osi",
  "non-commercial",
  "unknown",
] as const;
export type LicenceClass = (typeof LICENCE_CLASSES)[number];

/** Classes whose weights can be downloaded: the default meaning of "open". */
export const OPEN_WEIGHT_CLASSES = [
  "open-osi",
  "open-restricted",
  "non-commercial",
] as const satisfies readonly LicenceClass[];

/**
 * How much of a board a snapshot holds: every rated model, only the top rows a scraper kept, or
 * one flagship per lab. Headline figures use complete boards only.
 */
export const COVERAGES = ["complete", "partial", "flagships"] as const;
export type Coverage = (typeof COVERAGES)[number];

/** Where a model's availability date comes from: a catalog's release date, or its first rating. */
export const AVAILABILITY_BASES = ["release", "appearance"] as const;
export type AvailabilityBasis = (typeof AVAILABILITY_BASES)[number];

/** `busy`: another ingest held the write lock, so nothing was attempted (never a success). */
export const INGEST_STATUSES = ["running", "success", "failed", "busy"] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];
