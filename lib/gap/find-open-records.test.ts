import { describe, expect, it } from "vitest";
import { lmarenaDailyCsvAdapter } from "@/lib/ingest/lmarena-daily-csv";
import { findOpenRecords } from "./find-open-records";
import { loadGapSeries } from "./testing/load-gap-series";
import { makeGapPoint as pt } from "./testing/make-gap-point";

describe("findOpenRecords on the fboulnois daily CSV series", () => {
  it("lists each new open record holder, not the same model's re-ratings", async () => {
    const records = findOpenRecords(await loadGapSeries(lmarenaDailyCsvAdapter));
    expect(records.map((p) => `${p.date} ${p.open?.name} ${p.open?.rating}`)).toEqual([
      "2024-06-19 Nemotron-4-340B-Instruct 1208",
      "2024-07-07 Gemma-2-27B-it 1217",
      // DeepSeek published the 0628 chat weights (DeepSeek licence), reviewed as open.
      "2024-07-18 Deepseek-v2-API-0628 1222",
      "2024-07-26 Athene-70b 1240",
      "2024-07-31 Meta-Llama-3.1-405b-Instruct 1262",
      // Climbs to 1266 by 2024-08-24 (not records); LMArena then lists the bf16 serving as its
      // own entry, which passes 1266 on 2024-10-08 and so counts as a different model.
      "2024-10-08 Meta-Llama-3.1-405b-Instruct-bf16 1267",
      "2024-10-29 Llama-3.1-Nemotron-70b-Instruct 1271",
      "2024-11-23 Athene-v2-Chat-72B 1274",
      "2024-12-31 DeepSeek-V3 1315",
      "2025-01-24 DeepSeek-R1 1357",
      // Llama-4-Maverick-03-26-Experimental (1417 on 2025-04-06, labelled "Llama") is an
      // unreleased variant the overrides class as unknown, so it sets no open record.
      "2025-04-01 DeepSeek-V3-0324 1370",
      "2025-06-17 DeepSeek-R1-0528 1420",
      "2025-08-01 Qwen3-235B-A22B-Instruct-2507 1430",
      "2025-08-04 GLM-4.5 1434",
    ]);
  });
});

describe("findOpenRecords edge cases", () => {
  it("counts the first rated point, sorts by date and skips points without an open model", () => {
    const out = findOpenRecords([
      pt("2024-03-01", ["A", 1300], ["Q", 1220]),
      pt("2024-01-01", ["A", 1300], null),
      pt("2024-02-01", ["A", 1300], ["P", 1200]),
    ]);
    expect(out.map((p) => p.open?.name)).toEqual(["P", "Q"]);
  });

  it("does not count a re-rating of the holder, nor a tie, but the re-rating raises the bar", () => {
    const out = findOpenRecords([
      pt("2024-01-01", ["A", 1300], ["P", 1200]),
      pt("2024-02-01", ["A", 1300], ["P", 1230]), // same model, higher: not a record
      pt("2024-03-01", ["A", 1300], ["Q", 1230]), // ties the bar: not a record
      pt("2024-04-01", ["A", 1300], ["Q", 1225]),
      pt("2024-05-01", ["A", 1300], ["R", 1231]),
    ]);
    expect(out.map((p) => `${p.date} ${p.open?.name}`)).toEqual(["2024-01-01 P", "2024-05-01 R"]);
  });

  it("counts a former holder that takes the record back from another model", () => {
    const out = findOpenRecords([
      pt("2024-01-01", null, ["P", 1200]),
      pt("2024-02-01", null, ["Q", 1210]),
      pt("2024-03-01", null, ["P", 1215]),
    ]);
    expect(out.map((p) => p.open?.name)).toEqual(["P", "Q", "P"]);
  });
});
