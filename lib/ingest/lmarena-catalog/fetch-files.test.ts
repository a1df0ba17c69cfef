import { describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import { expectHttp500Rejected, status500, useMirrorServer } from "../http/fetch-test-kit";
import { fetchFiles } from "./fetch-files";
import { lmarenaCatalogAdapter as adapter } from "./index";

const DIR = "/arena-catalog-lmarena";
const http = createHttpClient(adapter.info.slug);
const today = () => "2026-05-01";

describe("lmarenaCatalogAdapter.fetchFiles against a mirror", () => {
  const mirrorUrl = useMirrorServer();
  const brokenUrl = useMirrorServer({
    [`${DIR}/commit-2025-05-24_209556bee/leaderboard-text.json`]: status500,
  });

  it("names the files after the fetch date and skips the optional files that are missing", async () => {
    const base = `${mirrorUrl()}${DIR}/commit-2025-12-11_ea8297b54`;
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
    const base = `${mirrorUrl()}${DIR}/commit-2025-05-24_209556bee`;
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
    const folder = `${DIR}/commit-2025-05-24_209556bee`;
    const base = `${brokenUrl()}${folder}`;
    await expectHttp500Rejected(adapter, base, `${folder}/leaderboard-text.json`);
  });

  it("rejects a folder without the ratings file (only optional files there)", async () => {
    const base = `${mirrorUrl()}${DIR}/commit-2025-12-17_c9558b606`;
    await expectIngestRejection(fetchFiles(base, http, today), `${base}/leaderboard-text.json`);
  });

  it("dates a fetch by the real clock by default", async () => {
    const base = `${mirrorUrl()}${DIR}/commit-2025-12-11_ea8297b54`;
    const [file] = await adapter.fetchFiles(base, http);
    expect(file?.path).toMatch(/^commit-\d{4}-\d{2}-\d{2}_live\/leaderboard-text\.json$/);
  });
});
