import { describe, expect, it } from "vitest";
import {
  expectHttp500Rejected,
  fetchAndParse,
  findRating,
  status500,
  useMirrorServer,
} from "../http/fetch-test-kit";
import { lmsysEloWideAdapter as adapter } from "./index";

const DIR = "/lmarena-history-nakasyou";

describe("lmsysEloWideAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer({ "/broken/result.csv": status500 });

  it("downloads result.csv and parses its 98 dates", async () => {
    const snapshots = await fetchAndParse(adapter, `${mirrorUrl()}${DIR}`, ["result.csv"]);
    expect(snapshots).toHaveLength(98);
    expect(snapshots.at(-1)?.publishedOn).toBe("2025-02-27");
    expect(findRating(snapshots, "2023-12-20", "gpt-4-0314")).toBe(1128.6336315397584);
  });

  it("rejects when result.csv answers HTTP 500, naming its URL", async () => {
    await expectHttp500Rejected(adapter, `${mirrorUrl()}/broken`, "/broken/result.csv");
  });
});
