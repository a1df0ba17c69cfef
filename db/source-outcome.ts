import { makeRunResult, type SourceRunResult } from "./writer/run-log";

/** What one source's part of an ingest did, for the CLI summary and the admin status. */
export interface SourceOutcome extends SourceRunResult {
  /** Why nothing was attempted (no live URL, folder absent). */
  skipped: string | null;
  files: number;
  snapshotsParsed: number;
  rowsParsed: number;
  ms: number;
}

/** Builds a source's outcome with the time since this call; fields not given are zero. */
export function outcomeTimer(slug: string): (r: Partial<SourceOutcome>) => SourceOutcome {
  const started = performance.now();
  return (r) => ({
    ...makeRunResult(slug),
    skipped: null,
    files: 0,
    snapshotsParsed: 0,
    rowsParsed: 0,
    ...r,
    ms: performance.now() - started,
  });
}
