import { describe, expect, it } from "vitest";
import { computeChanges } from "./compute-changes";
import { rankEntries } from "./rank-entries";
import { makeEntry } from "./testing/make-entry";
import { readDailyBoard } from "./testing/read-daily-board";
import { readArenaAiTextBoards } from "./testing/read-arena-ai-text-boards";

describe("computeChanges on real consecutive lmarena-daily-csv boards", () => {
  it("2024-07-31 → 2024-08-01: Gemma-2-2B-it is new, nothing removed, no interval separated", async () => {
    const ids = new Map<string, number>();
    const before = rankEntries(await readDailyBoard("2024.07.31", ids)).entries;
    const after = rankEntries(await readDailyBoard("2024.08.01", ids)).entries;
    const changes = computeChanges(after, before);
    expect(changes.added.map((e) => e.name)).toEqual(["Gemma-2-2B-it"]);
    expect(changes.removed).toEqual([]);
    expect(changes.moved).toEqual([]);
    expect(changes.medianShift).toBe(0);
  });

  it("2025-06-06 → 2025-06-12: the whole scale moved up, so narrow intervals separate", async () => {
    const ids = new Map<string, number>();
    const before = rankEntries(await readDailyBoard("2025.06.06", ids)).entries;
    const after = rankEntries(await readDailyBoard("2025.06.12", ids)).entries;
    const changes = computeChanges(after, before);
    expect(changes.added.map((e) => e.name)).toEqual(["Amazon-Nova-Experimental-Chat-05-14"]);
    // 1276 ± 2 → 1282 ± 2 with the same 86,159 votes: a re-anchored scale, not new battles.
    const sonnet = changes.moved.find((m) => m.entry.name === "Claude 3.5 Sonnet (20240620)");
    expect(sonnet).toMatchObject({ ratingChange: 6, rule: "interval" });
    expect(sonnet?.previous.rank).toBe(51);
    expect(sonnet?.entry.rank).toBe(52);
    expect(changes.medianShift).toBe(5);
  });
});

describe("computeChanges rules", () => {
  const withCi = (modelId: number, rating: number, half: number, rank: number) =>
    makeEntry({
      modelId,
      name: `M${modelId}`,
      rating,
      lower: rating - half,
      upper: rating + half,
      rank,
    });

  it("counts a move when the old and new 95% intervals no longer overlap", () => {
    const before = [withCi(1, 1250, 4, 1), withCi(2, 1240, 4, 2)];
    // M1: 1250±4 → 1259±4 (1255 > 1254: separated). M2: 1240±4 → 1247±4 (1243 ≤ 1244: still overlaps).
    const after = [withCi(1, 1259, 4, 1), withCi(2, 1247, 4, 2)];
    const { moved } = computeChanges(after, before);
    expect(moved.map((m) => [m.entry.name, m.ratingChange, m.rule])).toEqual([
      ["M1", 9, "interval"],
    ]);
  });

  it("without intervals, counts a rank change of 3 or more", () => {
    const plain = (modelId: number, rank: number) =>
      makeEntry({ modelId, name: `M${modelId}`, rating: 2000 - rank, rank });
    const before = [plain(1, 1), plain(2, 2), plain(3, 5), plain(9, 9)];
    const after = [plain(3, 1), plain(1, 3), plain(2, 4), plain(4, 5)];
    const changes = computeChanges(after, before);
    expect(changes.moved.map((m) => [m.entry.name, m.rankChange, m.rule])).toEqual([
      ["M3", 4, "rank"],
    ]);
    expect(changes.added.map((e) => e.name)).toEqual(["M4"]);
    expect(changes.removed.map((e) => e.name)).toEqual(["M9"]);
  });
});

describe("computeChanges when the read went deeper", () => {
  it("arena.ai text 2026-06-29 (top 20) → 07-01 (top 50): 3 new, 27 only newly in view", async () => {
    const boards = await readArenaAiTextBoards();
    const dates = [...boards.keys()].sort();
    const at = dates.indexOf("2026-07-01");
    expect(dates[at - 1]).toBe("2026-06-29");
    const before = rankEntries(boards.get("2026-06-29") ?? []).entries;
    const after = rankEntries(boards.get("2026-07-01") ?? []).entries;
    const seen = new Set(
      dates.slice(0, at).flatMap((d) => (boards.get(d) ?? []).map((e) => e.modelId)),
    );
    const changes = computeChanges(after, before, seen);
    // Hand-checked (python) in aabao325's data/2026-06-29/text.json (20 rows) and
    // data/2026-07-06/text.json ("last_updated": "Jul 1, 2026", 50 rows): 30 models are new to it. claude-opus-4-5-20251101-thinking-32k is 20th,
    // within the first's depth; claude-sonnet-5-thinking (32nd) and qwen3.7-plus (33rd) were on no
    // earlier arena.ai read. GPT-5.1 (high), Claude Sonnet 4.5 and 25 more were on earlier reads.
    expect(changes.added.map((e) => [e.name, e.rank])).toEqual([
      ["claude-opus-4-5-20251101-thinking-32k", 20],
      ["claude-sonnet-5-thinking", 32],
      ["qwen3.7-plus", 33],
    ]);
    expect(changes.coverage).toMatchObject({ before: 20, after: 50, hidden: [] });
    expect(changes.coverage?.revealed).toHaveLength(27);
    expect(changes.coverage?.revealed.map((e) => e.name)).toContain("gpt-5.1-high");
    expect(changes.removed).toEqual([]);
  });

  it("a shallower read hides models below its depth instead of removing them", () => {
    const plain = (modelId: number, rank: number) =>
      makeEntry({ modelId, name: `M${modelId}`, rating: 2000 - rank, rank });
    const before = [plain(1, 1), plain(2, 2), plain(3, 3), plain(4, 4)];
    const after = [plain(1, 1), plain(3, 2)];
    const changes = computeChanges(after, before, new Set([1, 2, 3, 4]));
    expect(changes.removed.map((e) => e.name)).toEqual(["M2"]);
    expect(changes.coverage?.hidden.map((e) => e.name)).toEqual(["M4"]);
  });
});
