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

const DATA = "/arena-ai-leaderboards-aabao325/data";
const FIRST = "/arena-ai-leaderboards-oolong-tea/data";
const http = createHttpClient(adapter.info.slug);

const json = (body: string) => (_req: unknown, res: ServerResponse) =>
  res.writeHead(200, { "content-type": "application/json" }).end(body);

const pointer = '{"date": "2026-08-22", "path": "2026-08-22"}';

describe("arenaAiDailyAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer();
  const brokenUrl = useMirrorServer({
    [`${DATA}/2026-08-22/code-webdev.json`]: status500,
    "/bad-pointer/latest.json": json('{"date": "2026-04-19"}'),
    "/traversal/latest.json": json('{"date": "2026-04-19", "path": "../secrets"}'),
    "/carried/latest.json": json(pointer),
    "/carried/2026-08-22/_index.json": json(
      '{"leaderboards": {"vision": {"model_count": 1}}, "errors": [{"leaderboard": "text", "error": "kept"}]}',
    ),
    "/renamed/latest.json": json(pointer),
    "/renamed/2026-08-22/_index.json": json('{"leaderboards": {"code-v2": {"model_count": 3}}}'),
  });

  it("follows latest.json of the continuation to the boards its 2026-08-22 index lists", async () => {
    const paths = ["text", "code-webdev", "code-image-to-webdev"].map(
      (b) => `data/2026-08-22/${b}.json`,
    );
    const snaps = await fetchAndParse(adapter, `${mirrorUrl()}${DATA}/`, paths);
    const text = snaps.find((s) => s.arena === "text");
    expect(text).toMatchObject({ publishedOn: "2026-08-21", coverage: "complete" });
    expect(text?.scores).toHaveLength(394);
    expect(text?.scores[0]).toMatchObject({ model: "claude-fable-5", rating: 1508, votes: 24331 });
    const categories = snaps.filter((s) => s.arena === "webdev").map((s) => s.scores[0]?.category);
    expect(categories.sort()).toEqual(["image-to-webdev", "overall"]);
  });

  it("still reads the first collector's layout (2026-04-19: text and code)", async () => {
    const paths = ["data/2026-04-19/code.json", "data/2026-04-19/text.json"];
    const snaps = await fetchAndParse(adapter, `${mirrorUrl()}${FIRST}`, paths);
    const code = snaps.find((s) => s.arena === "webdev");
    expect(code?.scores.find((r) => r.model === "glm-5.1")).toMatchObject({
      rating: 1538,
      lower: 1522,
      upper: 1554,
      rank: 4,
    });
  });

  it("rejects the whole fetch when a board answers HTTP 500, naming its URL", async () => {
    await expectHttp500Rejected(
      adapter,
      `${brokenUrl()}${DATA}`,
      `${DATA}/2026-08-22/code-webdev.json`,
    );
  });

  it("fetches nothing on a day whose boards were all carried over, fails on renamed boards", async () => {
    const broken = brokenUrl();
    expect(await adapter.fetchFiles(`${broken}/carried`, http)).toEqual([]);
    const renamed = await expectIngestRejection(
      adapter.fetchFiles(`${broken}/renamed`, http),
      `${broken}/renamed/2026-08-22/_index.json`,
      "lists none of the boards",
    );
    expect(renamed.field).toBe("leaderboards");
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
