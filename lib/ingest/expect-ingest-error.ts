// Test helpers shared by the adapters' malformed-input and fetch tests.
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
  return checkIngestError(caught, parts);
}

/** Awaits `promise`, expecting it to reject with an IngestError whose message has each part. */
export async function expectIngestRejection(
  promise: Promise<unknown>,
  ...parts: (string | RegExp)[]
): Promise<IngestError> {
  const caught: unknown = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  return checkIngestError(caught, parts);
}

function checkIngestError(caught: unknown, parts: (string | RegExp)[]): IngestError {
  expect(caught).toBeInstanceOf(IngestError);
  for (const part of parts) expect((caught as IngestError).message).toMatch(part);
  return caught as IngestError;
}
