// The database schema, split by what each table holds: what sources said (sources.ts), who the
// models are (models.ts), what is derived from both after each ingest (derived.ts), and the run log.
export * from "./sources";
export * from "./models";
export * from "./derived";
export * from "./ingest";
