import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { lmsysEloHistoryAdapter as adapter } from "./index";

const DIR = "/chatbot-arena-history-jasontrigg0";
const http = createHttpClient(adapter.info.slug);

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");

describe("lmsysEloHistoryAdapter.fetchFiles against a mirror", () => {
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    mirror = await startTestServer(SHARED_DATA_DIR, { "/broken/alltime.csv": status500 });
  });
  afterAll(async () => {
    await mirror.close();
  });

  it("downloads alltime.csv and parses its 105 dates", async () => {
    const files = await adapter.fetchFiles(`${mirror.url}${DIR}`, http);
    expect(files.map((f) => f.path)).toEqual(["alltime.csv"]);
    const snapshots = files.flatMap((f) => adapter.parse(f));
    expect(snapshots).toHaveLength(105);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-03-26");
    const dec06 = snapshots.find((s) => s.publishedOn === "2023-12-06");
    expect(dec06?.scores.find((s) => s.model === "gpt-4-0314")?.rating).toBe(1124.9588260120663);
  });

  it("rejects when alltime.csv answers HTTP 500, naming its URL", async () => {
    const url = `${mirror.url}/broken/alltime.csv`;
    const caught: unknown = await adapter.fetchFiles(`${mirror.url}/broken/`, http).then(
      () => null,
      (err: unknown) => err,
    );
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toContain(url);
    expect((caught as IngestError).message).toContain("HTTP 500");
  });
});
