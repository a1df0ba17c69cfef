import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import {
  expectHttp500Rejected,
  fetchAndParse,
  status500,
  useMirrorServer,
} from "../http/fetch-test-kit";
import { arenaAiDailyAdapter as adapter } from "./index";

const DATA = "/arena-ai-leaderboards-oolong-tea/data";
const http = createHttpClient(adapter.info.slug);

const json = (body: string) => (_req: unknown, res: ServerResponse) =>
  res.writeHead(200, { "content-type": "application/json" }).end(body);

describe("arenaAiDailyAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer();
  const brokenUrl = useMirrorServer({
    [`${DATA}/2026-04-19/code.json`]: status500,
    "/bad-pointer/latest.json": json('{"date": "2026-04-19"}'),
    "/traversal/latest.json": json('{"date": "2026-04-19", "path": "../secrets"}'),
  });

  it("follows latest.json to the 2026-04-19 text and code boards", async () => {
    const boards = ["data/2026-04-19/text.json", "data/2026-04-19/code.json"];
    const [text, code] = await fetchAndParse(adapter, `${mirrorUrl()}${DATA}/`, boards);
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
    await expectHttp500Rejected(adapter, `${brokenUrl()}${DATA}`, `${DATA}/2026-04-19/code.json`);
  });

  it("rejects a latest.json without a path or with a path leaving the data folder", async () => {
    const broken = brokenUrl();
    const missing = await expectIngestRejection(
      adapter.fetchFiles(`${broken}/bad-pointer`, http),
      `${broken}/bad-pointer/latest.json`,
    );
    expect(missing.field).toBe("path");
    const escape = await expectIngestRejection(adapter.fetchFiles(`${broken}/traversal`, http));
    expect(escape.field).toBe("path");
  });
});
