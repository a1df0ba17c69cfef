import { describe, expect, it } from "vitest";
import {
  expectHttp500Rejected,
  fetchAndParse,
  status500,
  useMirrorServer,
} from "../http/fetch-test-kit";
import { openlmAiAdapter as adapter } from "./index";

const PAGE = "/openlm-ai-reconstructed/chatbot-arena-2025-07-01.html";

describe("openlmAiAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer({ "/broken/chatbot-arena/": status500 });

  it("dates the live-named page by its attribution line (July 1, 2025)", async () => {
    const live = ["chatbot-arena-live.html"];
    const [text, vision] = await fetchAndParse(adapter, `${mirrorUrl()}${PAGE}`, live);
    expect(text).toMatchObject({ arena: "text", publishedOn: "2025-07-01" });
    expect(text?.origin).toBe("chatbot-arena-live.html");
    const coding = text?.scores.find((s) => s.model === "DeepSeek-R1" && s.category === "coding");
    expect(coding).toMatchObject({ rating: 1380, votes: null });
    expect(vision?.scores.find((s) => s.model === "Gemini-2.5-Pro")?.rating).toBe(1345);
  });

  it("rejects a page that answers HTTP 500, naming its URL", async () => {
    const base = `${mirrorUrl()}/broken/chatbot-arena/`;
    await expectHttp500Rejected(adapter, base, "/broken/chatbot-arena/");
  });
});
