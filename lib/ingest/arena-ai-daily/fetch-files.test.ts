import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { arenaAiDailyAdapter as adapter } from "./index";

const DATA = "/arena-ai-leaderboards-oolong-tea/data";
const http = createHttpClient(adapter.info.slug);

async function rejectionOf(run: Promise<unknown>): Promise<IngestError> {
  const caught: unknown = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(IngestError);
  return caught as IngestError;
}

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");
const json = (body: string) => (_req: unknown, res: ServerResponse) =>
  res.writeHead(200, { "content-type": "application/json" }).end(body);

describe("arenaAiDailyAdapter.fetchFiles against a mirror", () => {
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  let broken: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    mirror = await startTestServer(SHARED_DATA_DIR);
    broken = await startTestServer(SHARED_DATA_DIR, {
      [`${DATA}/2026-04-19/code.json`]: status500,
      "/bad-pointer/latest.json": json('{"date": "2026-04-19"}'),
      "/traversal/latest.json": json('{"date": "2026-04-19", "path": "../secrets"}'),
    });
  });
  afterAll(async () => {
    await Promise.all([mirror.close(), broken.close()]);
  });

  it("follows latest.json to the 2026-04-19 text and code boards", async () => {
    const files = await adapter.fetchFiles(`${mirror.url}${DATA}/`, http);
    expect(files.map((f) => f.path)).toEqual([
      "data/2026-04-19/text.json",
      "data/2026-04-19/code.json",
    ]);
    const [text, code] = files.flatMap((f) => adapter.parse(f));
    expect(text).toMatchObject({ arena: "text", publishedOn: "2026-04-19" });
    expect(text?.scores).toHaveLength(50);
    expect(text?.scores[0]).toMatchObject({ model: "claude-opus-4-7-thinking", rating: 1505 });
    expect(code?.scores.find((r) => r.model === "glm-5.1")).toMatchObject({
      rating: 1538,
      lower: 1522,
      upper: 1554,
      rank: 4,
    });
  });

  it("rejects the whole fetch when a board answers HTTP 500, naming its URL", async () => {
    const url = `${broken.url}${DATA}/2026-04-19/code.json`;
    const err = await rejectionOf(adapter.fetchFiles(`${broken.url}${DATA}`, http));
    expect(err.message).toContain(url);
    expect(err.message).toContain("HTTP 500");
  });

  it("rejects a latest.json without a path or with a path leaving the data folder", async () => {
    const missing = await rejectionOf(adapter.fetchFiles(`${broken.url}/bad-pointer`, http));
    expect(missing.message).toContain(`${broken.url}/bad-pointer/latest.json`);
    expect(missing.field).toBe("path");
    const escape = await rejectionOf(adapter.fetchFiles(`${broken.url}/traversal`, http));
    expect(escape.field).toBe("path");
  });
});
