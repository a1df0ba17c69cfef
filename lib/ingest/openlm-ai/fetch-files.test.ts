import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { openlmAiAdapter as adapter } from "./index";

const PAGE = "/openlm-ai-reconstructed/chatbot-arena-2025-07-01.html";
const http = createHttpClient(adapter.info.slug);

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");

describe("openlmAiAdapter.fetchFiles against a mirror", () => {
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    mirror = await startTestServer(SHARED_DATA_DIR, { "/broken/chatbot-arena/": status500 });
  });
  afterAll(async () => {
    await mirror.close();
  });

  it("dates the live-named page by its attribution line (July 1, 2025)", async () => {
    const files = await adapter.fetchFiles(`${mirror.url}${PAGE}`, http);
    expect(files.map((f) => f.path)).toEqual(["chatbot-arena-live.html"]);
    const [text, vision] = files.flatMap((f) => adapter.parse(f));
    expect(text).toMatchObject({ arena: "text", publishedOn: "2025-07-01" });
    expect(text?.origin).toBe("chatbot-arena-live.html");
    const coding = text?.scores.find((s) => s.model === "DeepSeek-R1" && s.category === "coding");
    expect(coding).toMatchObject({ rating: 1380, votes: null });
    expect(vision?.scores.find((s) => s.model === "Gemini-2.5-Pro")?.rating).toBe(1345);
  });

  it("rejects a page that answers HTTP 500, naming its URL", async () => {
    const url = `${mirror.url}/broken/chatbot-arena/`;
    const caught: unknown = await adapter.fetchFiles(url, http).then(
      () => null,
      (err: unknown) => err,
    );
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toContain(url);
    expect((caught as IngestError).message).toContain("HTTP 500");
  });
});
