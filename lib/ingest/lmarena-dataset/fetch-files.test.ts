import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer, type Route } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { parseSourceFiles } from "../parse-source-files";
import { lmarenaDatasetAdapter as adapter } from "./index";
import { SAMPLE_ROWS } from "./sample-rows";
import { SPLIT_ENV_VAR } from "./fetch-files";
import { toTestColumns, writeTestParquet } from "./write-test-parquet";

const SUBSETS = ["text", "text_style_control", "webdev", "vision"];

// A mirror laid out like the Hugging Face repo; `full` of text holds one date only, to tell it apart.
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "lmarena-dataset-"));
  const latest = writeTestParquet(toTestColumns(SAMPLE_ROWS));
  const full = writeTestParquet(toTestColumns(SAMPLE_ROWS.slice(7)));
  for (const subset of SUBSETS) {
    mkdirSync(path.join(root, subset));
    writeFileSync(path.join(root, subset, "latest-00000-of-00001.parquet"), latest);
    writeFileSync(path.join(root, subset, "full-00000-of-00001.parquet"), full);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function withServer<T>(
  run: (url: string) => Promise<T>,
  routes: Record<string, Route> = {},
): Promise<T> {
  const server = await startTestServer(root, routes);
  try {
    return await run(server.url);
  } finally {
    await server.close();
  }
}

const http = createHttpClient(adapter.info.slug);

describe("lmarenaDatasetAdapter.fetchFiles over real HTTP", () => {
  it("downloads the latest split of the four subsets, named as parse expects", async () => {
    const files = await withServer((url) => adapter.fetchFiles(`${url}/`, http));
    expect(files.map((f) => f.path)).toEqual([
      "text/latest-00000-of-00001.parquet",
      "text_style_control/latest-00000-of-00001.parquet",
      "webdev/latest-00000-of-00001.parquet",
      "vision/latest-00000-of-00001.parquet",
    ]);
    const snapshots = await parseSourceFiles(adapter, files);
    const boards = snapshots.map(
      (s) => `${s.arena}${s.styleControl ? "+sc" : ""} ${s.publishedOn}`,
    );
    expect(boards).toEqual([
      "text 2025-11-06",
      "text 2025-12-11",
      "text+sc 2025-11-06",
      "text+sc 2025-12-11",
      "webdev 2025-11-06",
      "webdev 2025-12-11",
      "vision 2025-11-06",
      "vision 2025-12-11",
    ]);
  });

  it(`downloads the full split when ${SPLIT_ENV_VAR}=full`, async () => {
    vi.stubEnv(SPLIT_ENV_VAR, "full");
    const files = await withServer((url) => adapter.fetchFiles(url, http));
    expect(files[0]?.path).toBe("text/full-00000-of-00001.parquet");
    const [text] = await adapter.parse(files[0]!);
    expect(text?.publishedOn).toBe("2025-11-06");
  });

  it("fails the whole fetch when one subset is missing (404)", async () => {
    const missing = "/vision/latest-00000-of-00001.parquet";
    const routes: Record<string, Route> = { [missing]: (_req, res) => res.writeHead(404).end() };
    const caught: unknown = await withServer((url) => adapter.fetchFiles(url, http), routes).catch(
      (err: unknown) => err,
    );
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toMatch(missing);
    expect((caught as IngestError).message).toMatch("HTTP 404");
  });

  it("rejects an unknown split name", async () => {
    vi.stubEnv(SPLIT_ENV_VAR, "train");
    const caught: unknown = await adapter
      .fetchFiles("http://127.0.0.1:1", http)
      .catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toMatch(`field "${SPLIT_ENV_VAR}"`);
  });
});
