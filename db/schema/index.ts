// The database schema, split by what each table holds: what sources said (sources.ts), who the
// models are (models.ts), what is derived from both after each ingest (derived.ts), the run log,
// benchmark scores with their metrics and exports (metrics.ts), and the events followers are
// told about with their webhook queue (events.ts).
export * from "./sources";
export * from "./models";
export * from "./derived";
export * from "./ingest";
export * from "./metrics";
export * from "./events";
