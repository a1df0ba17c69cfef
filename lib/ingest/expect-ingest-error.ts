// Test helper shared by the adapters' malformed-input tests.
import { expect } from "vitest";
import { IngestError } from "./ingest-error";

/** Runs `run`, expecting an IngestError whose message contains each string and matches each pattern. */
export function expectIngestError(run: () => unknown, ...parts: (string | RegExp)[]): IngestError {
  let caught: unknown;
  try {
    run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(IngestError);
  for (const part of parts) expect((caught as IngestError).message).toMatch(part);
  return caught as IngestError;
}
