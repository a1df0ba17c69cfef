import { beforeAll, describe, expect, it } from "vitest";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { buildCounterpartRows } from "./build-counterpart-rows";
import { findCounterparts } from "./find-counterparts";
import { loadBoard, type LoadedBoard } from "./testing/load-board";
import type { RatedModel } from "./types";

const model = (
  slug: string,
  licenceClass: RatedModel["licenceClass"],
  rating: number,
  ci: number | null,
): RatedModel => ({
  slug,
  name: slug,
  organization: null,
  licenceClass,
  rating,
  lower: ci === null ? null : rating - ci,
  upper: ci === null ? null : rating + ci,
});

describe("findCounterparts on the fboulnois daily CSV, 2025-08-04 (overall)", () => {
  let board: LoadedBoard;
  beforeAll(async () => {
    board = await loadBoard(lmarenaDailyCsvAdapter);
  });

  it("finds the open models inside GPT-4o-2024-05-13's interval, closest first", () => {
    // Slugs as the file spells them (the database maps some to canonical ones).
    // GPT-4o 1302 [1299–1305]. Overlapping open models: gemma-3n-e4b-it 1305 [1299–1311],
    // deepseek-v2.5-1210 1295 [1288–1302], Llama-3.3-Nemotron-49B 1309 [1298–1320],
    // gemma-3-4b-it 1293 [1284–1302]. qwen3-30b-a3b 1320 [1315–1325] starts above 1305.
    const field = board.field("2025-08-04");
    const gpt4o = field.entries.find((e) => e.slug === "gpt-4o-2024-05-13");
    expect(gpt4o).toMatchObject({ rating: 1302, lower: 1299, upper: 1305 });
    const c = findCounterparts(gpt4o!, field.entries);
    expect(c?.side).toBe("open");
    expect(c?.overlapping.map((m) => [m.slug, m.rating])).toEqual([
      ["gemma-3n-e4b-it", 1305],
      ["deepseek-v2.5-1210", 1295],
      ["llama-3.3-nemotron-super-49b-v1", 1309],
      ["gemma-3-4b-it", 1293],
    ]);
    expect(c?.nearest).toBeNull();
  });

  it("finds the proprietary peers of the open GLM-4.5", () => {
    // GLM-4.5 1434 [1425–1443]: Grok-4 1434, ChatGPT-4o-latest (03-26) 1429, o3 1428,
    // Grok-3-preview 1423 [1419–1427], Gemini-2.5-Pro-preview-05-06 1446 [1440–1452].
    const field = board.field("2025-08-04");
    const glm = field.entries.find((e) => e.slug === "glm-4.5");
    const c = findCounterparts(glm!, field.entries);
    expect(c?.side).toBe("proprietary");
    expect(c?.overlapping.map((m) => m.slug)).toEqual([
      "grok-4-0709",
      "chatgpt-4o-latest-2025-03-26",
      "o3-2025-04-16",
      "grok-3-preview-02-24",
      "gemini-2.5-pro-preview-05-06",
    ]);
  });

  it("dates when each side first reached the other's level on the same board", () => {
    const rows = (slug: string) =>
      buildCounterpartRows(slug, [board.field("2025-08-04")], board.frontiers());
    // Open bests stay ≤ 1278 until DeepSeek-V3 reaches 1315 on 2024-12-31 (≥ GPT-4o's 1302).
    expect(rows("gpt-4o-2024-05-13")[0]?.reached).toMatchObject({
      date: "2024-12-31",
      rating: 1315,
      by: { name: "DeepSeek-V3" },
      atSeriesStart: false,
    });
    // GLM-4.5's 1434: first matched by Gemini-2.5-Pro-Exp-03-25 (1443) on 2025-03-26.
    expect(rows("glm-4.5")[0]?.reached).toMatchObject({
      date: "2025-03-26",
      rating: 1443,
      by: { name: "Gemini-2.5-Pro-Exp-03-25" },
    });
    // Gemini-2.5-Pro's 1470 was never matched by an open model on this board.
    expect(rows("gemini-2.5-pro")[0]).toMatchObject({ reached: null, seriesTo: "2025-08-04" });
  });
});

describe("findCounterparts edge cases", () => {
  const gpt = model("closed", "proprietary", 1300, 5);

  it("falls back to the nearest open model below, then above", () => {
    const field = [
      gpt,
      model("far-below", "open-osi", 1250, 5),
      model("near-below", "open-restricted", 1280, 5),
    ];
    expect(findCounterparts(gpt, field)).toMatchObject({
      overlapping: [],
      nearest: { slug: "near-below" },
      direction: "below",
      hasIntervals: true,
    });
    const leader = [gpt, model("above", "non-commercial", 1350, 5)];
    expect(findCounterparts(gpt, leader)).toMatchObject({
      nearest: { slug: "above" },
      direction: "above",
    });
  });

  it("without published intervals only the nearest model is given", () => {
    const bare = model("closed", "proprietary", 1300, null);
    const field = [
      bare,
      model("open-a", "open-osi", 1299, null),
      model("open-b", "open-osi", 1301, null),
    ];
    expect(findCounterparts(bare, field)).toMatchObject({
      overlapping: [],
      nearest: { slug: "open-a" },
      hasIntervals: false,
    });
  });

  it("ignores models of unknown licence on both sides", () => {
    expect(findCounterparts(model("x", "unknown", 1300, 5), [])).toBeNull();
    const field = [gpt, model("mystery", "unknown", 1300, 5)];
    expect(findCounterparts(gpt, field)).toMatchObject({
      overlapping: [],
      nearest: null,
      direction: null,
    });
  });
});
