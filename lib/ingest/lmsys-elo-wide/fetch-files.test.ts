import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { lmsysEloWideAdapter as adapter } from "./index";

const DIR = "/lmarena-history-nakasyou";
const http = createHttpClient(adapter.info.slug);

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");

describe("lmsysEloWideAdapter.fetchFiles against a mirror", () => {
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    mirror = await startTestServer(SHARED_DATA_DIR, { "/broken/result.csv": status500 });
  });
  afterAll(async () => {
    await mirror.close();
  });

  it("downloads result.csv and parses its 98 dates", async () => {
    const files = await adapter.fetchFiles(`${mirror.url}${DIR}`, http);
    expect(files.map((f) => f.path)).toEqual(["result.csv"]);
    const snapshots = files.flatMap((f) => adapter.parse(f));
    expect(snapshots).toHaveLength(98);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-02-27");
    const dec20 = snapshots.find((s) => s.publishedOn === "2023-12-20");
    expect(dec20?.scores.find((s) => s.model === "gpt-4-0314")?.rating).toBe(1128.6336315397584);
  });

  it("rejects when result.csv answers HTTP 500, naming its URL", async () => {
    const url = `${mirror.url}/broken/result.csv`;
    const caught: unknown = await adapter.fetchFiles(`${mirror.url}/broken`, http).then(
      () => null,
      (err: unknown) => err,
    );
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toContain(url);
    expect((caught as IngestError).message).toContain("HTTP 500");
  });
});
