// Test helpers shared by the adapters' fetchFiles tests (a local mirror) and their snapshot lookups.
import { afterAll, beforeAll, expect } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { parseSourceFiles } from "../parse-source-files";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { IngestError } from "../ingest-error";
import type { ParsedSnapshot, SourceAdapter, SourceFile } from "../types";
import { createHttpClient } from "./create-http-client";
import { startTestServer, type Route } from "./start-test-server";

export const status500: Route = (_req, res) => res.writeHead(500).end("boom");

/**
 * Serves `root` (the ../shared/data mirror by default) with `routes` overriding paths, for the
 * enclosing describe block; returns a getter for the server's URL, valid inside the tests.
 */
export function useMirrorServer(
  routes: Record<string, Route> = {},
  root: string | (() => string) = SHARED_DATA_DIR,
): () => string {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  beforeAll(async () => {
    server = await startTestServer(typeof root === "function" ? root() : root, routes);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error("useMirrorServer: the server is not running yet");
    return server.url;
  };
}

/** Fetches from `base`, expects exactly the files `paths` back, and parses them. */
export async function fetchAndParse(
  adapter: SourceAdapter,
  base: string,
  paths: string[],
): Promise<ParsedSnapshot[]> {
  const files = await fetchWith(adapter, base);
  expect(files.map((f) => f.path)).toEqual(paths);
  return parseSourceFiles(adapter, files);
}

/** Expects `adapter.fetchFiles(base)` to reject with HTTP 500 naming the URL of `failingPath`. */
export function expectHttp500Rejected(
  adapter: SourceAdapter,
  base: string,
  failingPath: string,
): Promise<IngestError> {
  const url = new URL(failingPath, base).toString();
  return expectIngestRejection(fetchWith(adapter, base), url, "HTTP 500");
}

function fetchWith(adapter: SourceAdapter, base: string): Promise<SourceFile[]> {
  if (!adapter.fetchFiles) throw new Error(`${adapter.info.slug} has no fetchFiles`);
  return adapter.fetchFiles(base, createHttpClient(adapter.info.slug));
}

/** The rating of `model` in the snapshot published on `date`, if both are there. */
export function findRating(
  snapshots: ParsedSnapshot[],
  date: string,
  model: string,
): number | undefined {
  const snapshot = snapshots.find((s) => s.publishedOn === date);
  return snapshot?.scores.find((s) => s.model === model)?.rating;
}
