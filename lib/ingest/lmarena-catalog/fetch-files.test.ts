import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { fetchFiles } from "./fetch-files";
import { lmarenaCatalogAdapter as adapter } from "./index";

const DIR = "/arena-catalog-lmarena";
const http = createHttpClient(adapter.info.slug);
const today = () => "2026-05-01";

async function rejectionOf(run: Promise<unknown>): Promise<IngestError> {
  const caught: unknown = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(IngestError);
  return caught as IngestError;
}

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");

describe("lmarenaCatalogAdapter.fetchFiles against a mirror", () => {
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  let broken: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    mirror = await startTestServer(SHARED_DATA_DIR);
    broken = await startTestServer(SHARED_DATA_DIR, {
      [`${DIR}/commit-2025-05-24_209556bee/leaderboard-text.json`]: status500,
    });
  });
  afterAll(async () => {
    await Promise.all([mirror.close(), broken.close()]);
  });

  it("names the files after the fetch date and skips the optional files that are missing", async () => {
    const base = `${mirror.url}${DIR}/commit-2025-12-11_ea8297b54`;
    const files = await fetchFiles(base, http, today);
    expect(files.map((f) => f.path)).toEqual(["commit-2026-05-01_live/leaderboard-text.json"]);
    const [s] = files.flatMap((f) => adapter.parse(f));
    expect(s).toMatchObject({ arena: "text", publishedOn: "2026-05-01", styleControl: false });
    const coding = s?.scores.find(
      (r) => r.model === "claude-opus-4-5-20251101-thinking-32k" && r.category === "coding",
    );
    expect(coding).toMatchObject({ rating: 1515.1020105121383, lower: 1501.3550421293646 });
    expect(s?.scores.filter((r) => r.category === "overall")).toHaveLength(282);
  });

  it("adds the style-control board when it is published (2025-05-24)", async () => {
    const base = `${mirror.url}${DIR}/commit-2025-05-24_209556bee`;
    const snapshots = (await fetchFiles(base, http, today)).flatMap((f) => adapter.parse(f));
    expect(snapshots.map((s) => [s.origin, s.styleControl])).toEqual([
      ["commit-2026-05-01_live/leaderboard-text.json", false],
      ["commit-2026-05-01_live/leaderboard-text-style-control.json", true],
    ]);
    const top = snapshots[1]?.scores.find(
      (r) => r.model === "gemini-2.5-pro-preview-05-06" && r.category === "overall",
    );
    expect(top?.rating).toBe(1446);
  });

  it("rejects when the ratings file answers HTTP 500, naming its URL", async () => {
    const base = `${broken.url}${DIR}/commit-2025-05-24_209556bee`;
    const err = await rejectionOf(fetchFiles(base, http, today));
    expect(err.message).toContain(`${base}/leaderboard-text.json`);
    expect(err.message).toContain("HTTP 500");
  });

  it("rejects a folder without the ratings file (only optional files there)", async () => {
    const base = `${mirror.url}${DIR}/commit-2025-12-17_c9558b606`;
    const err = await rejectionOf(fetchFiles(base, http, today));
    expect(err.message).toContain(`${base}/leaderboard-text.json`);
  });

  it("dates a fetch by the real clock by default", async () => {
    const base = `${mirror.url}${DIR}/commit-2025-12-11_ea8297b54`;
    const [file] = await adapter.fetchFiles(base, http);
    expect(file?.path).toMatch(/^commit-\d{4}-\d{2}-\d{2}_live\/leaderboard-text\.json$/);
  });
});
