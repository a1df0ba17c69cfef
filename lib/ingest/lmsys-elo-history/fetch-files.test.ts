import { describe, expect, it } from "vitest";
import {
  expectHttp500Rejected,
  fetchAndParse,
  findRating,
  status500,
  useMirrorServer,
} from "../http/fetch-test-kit";
import { lmsysEloHistoryAdapter as adapter } from "./index";

const DIR = "/chatbot-arena-history-jasontrigg0";

describe("lmsysEloHistoryAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer({ "/broken/alltime.csv": status500 });

  it("downloads alltime.csv and parses its 105 dates", async () => {
    const snapshots = await fetchAndParse(adapter, `${mirrorUrl()}${DIR}`, ["alltime.csv"]);
    expect(snapshots).toHaveLength(105);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-03-26");
    expect(findRating(snapshots, "2023-12-06", "gpt-4-0314")).toBe(1124.9588260120663);
  });

  it("rejects when alltime.csv answers HTTP 500, naming its URL", async () => {
    await expectHttp500Rejected(adapter, `${mirrorUrl()}/broken/`, "/broken/alltime.csv");
  });
});
