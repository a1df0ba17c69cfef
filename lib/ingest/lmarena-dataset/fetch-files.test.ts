import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import { fetchAndParse, useMirrorServer } from "../http/fetch-test-kit";
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

const http = createHttpClient(adapter.info.slug);
const MISSING = "/vision/latest-00000-of-00001.parquet";

describe("lmarenaDatasetAdapter.fetchFiles over real HTTP", () => {
  const mirrorUrl = useMirrorServer({}, () => root);
  const partialUrl = useMirrorServer(
    { [MISSING]: (_req, res) => res.writeHead(404).end() },
    () => root,
  );

  it("downloads the latest split of the four subsets, named as parse expects", async () => {
    const snapshots = await fetchAndParse(adapter, `${mirrorUrl()}/`, [
      "text/latest-00000-of-00001.parquet",
      "text_style_control/latest-00000-of-00001.parquet",
      "webdev/latest-00000-of-00001.parquet",
      "vision/latest-00000-of-00001.parquet",
    ]);
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
    const files = await adapter.fetchFiles(mirrorUrl(), http);
    expect(files[0]?.path).toBe("text/full-00000-of-00001.parquet");
    const [text] = await adapter.parse(files[0]!);
    expect(text?.publishedOn).toBe("2025-11-06");
  });

  it("fails the whole fetch when one subset is missing (404)", async () => {
    await expectIngestRejection(adapter.fetchFiles(partialUrl(), http), MISSING, "HTTP 404");
  });

  it("rejects an unknown split name", async () => {
    vi.stubEnv(SPLIT_ENV_VAR, "train");
    const fetching = adapter.fetchFiles("http://127.0.0.1:1", http);
    await expectIngestRejection(fetching, `field "${SPLIT_ENV_VAR}"`);
  });
});
