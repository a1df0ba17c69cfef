import { IngestError } from "./ingest-error";

/** Where a repeated key was met and how to describe it. */
export interface Repeat {
  row: number | null;
  field: string | null;
  message: string;
}

/** Records a key; returns false for an exact copy the caller should drop, throws on a repeat. */
export type DuplicateCheck = (key: string, at: Repeat, fingerprint?: string) => boolean;

/**
 * One file's guard against repeated keys, which are bad input. Sources that document exact
 * copies (a join artefact upstream) pass a fingerprint: a repeat with the same one is dropped.
 */
export function makeDuplicateCheck(file: { source: string; origin: string }): DuplicateCheck {
  const seen = new Map<string, string | undefined>();
  return (key, at, fingerprint) => {
    if (!seen.has(key)) {
      seen.set(key, fingerprint);
      return true;
    }
    if (fingerprint !== undefined && seen.get(key) === fingerprint) return false;
    throw new IngestError({ ...file, ...at });
  };
}
