import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ParsedSnapshot, SourceFile } from "../types";
import { BOARD_DATES } from "./board-dates";
import { lmarenaCatalogAdapter as adapter } from "./index";

const LB = "commit-2025-03-04_9ef03c088/leaderboard-data.json";
const SCATTER = "commit-2025-12-17_c9558b606/scatterplot-data.json";

function snapshotOf(snapshots: ParsedSnapshot[], origin: string): ParsedSnapshot {
  const found = snapshots.find((s) => s.origin === origin);
  if (!found) throw new Error(`no snapshot for ${origin}`);
  return found;
}

function scoreOf(snapshot: ParsedSnapshot, model: string, category: string) {
  return snapshot.scores.find((s) => s.model === model && s.category === category);
}

function expectParseError(file: SourceFile, ...parts: string[]) {
  expectIngestError(() => adapter.parse(file), ...parts);
}

describe("lmarenaCatalogAdapter on the real files", () => {
  let snapshots: ParsedSnapshot[];
  beforeAll(async () => {
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    snapshots = files.flatMap((f) => adapter.parse(f));
  });

  it("reads 11 rating files and the scatterplot price list", () => {
    expect(snapshots).toHaveLength(12);
    expect(snapshots.filter((s) => s.scores.length > 0)).toHaveLength(11);
    expect(snapshots.reduce((n, s) => n + s.scores.length, 0)).toBe(52851);
    const dates = snapshots.map((s) => s.publishedOn).sort();
    expect(dates[0]).toBe("2025-01-28");
    expect(dates.at(-1)).toBe("2025-12-17");
  });

  it("keeps the raw coding rating and its 95% bounds (2025-12-11)", () => {
    const s = snapshotOf(snapshots, "commit-2025-12-11_ea8297b54/leaderboard-text.json");
    expect(s.publishedOn).toBe("2025-12-11");
    expect(s.styleControl).toBe(false);
    expect(scoreOf(s, "claude-opus-4-5-20251101-thinking-32k", "coding")).toEqual({
      model: "claude-opus-4-5-20251101-thinking-32k",
      category: "coding",
      rating: 1515.1020105121383,
      lower: 1501.3550421293646,
      upper: 1528.848978894912,
      votes: null,
      rank: null,
    });
    const categories = new Set(s.scores.map((r) => r.category));
    expect(categories.size).toBe(29);
    expect(categories.has("overall")).toBe(true);
    expect(categories.has("full")).toBe(false);
    expect(s.scores.filter((r) => r.category === "overall")).toHaveLength(282);
  });

  it("separates style-controlled from raw ratings (2025-03-04 grok-3)", () => {
    const raw = snapshotOf(snapshots, LB);
    const sc = snapshotOf(
      snapshots,
      "commit-2025-03-04_9ef03c088/leaderboard-data-style-control.json",
    );
    expect(raw.styleControl).toBe(false);
    expect(sc.styleControl).toBe(true);
    expect(scoreOf(raw, "grok-3-preview-02-24", "overall")?.rating).toBe(1411.5470385735089);
    expect(scoreOf(raw, "grok-3-preview-02-24", "overall")?.lower).toBe(1401.914189808842);
    expect(scoreOf(sc, "grok-3-preview-02-24", "overall")?.rating).toBe(1334.31131714493);
  });

  it("marks the unlabelled 2025-01-28 file as style-controlled", () => {
    const s = snapshotOf(snapshots, "commit-2025-01-28_d15d54c77/leaderboard-data.json");
    expect(s.styleControl).toBe(true);
    expect(scoreOf(s, "o1-2024-12-17", "overall")?.rating).toBe(1322.91512983838);
  });

  it("dates a commit by its board where the board is older (reviewed table)", () => {
    const dateOf = (origin: string) => snapshotOf(snapshots, origin).publishedOn;
    expect(dateOf(LB)).toBe("2025-03-03");
    expect(dateOf("commit-2025-03-04_9ef03c088/leaderboard-data-style-control.json")).toBe(
      "2025-03-03",
    );
    expect(dateOf("commit-2025-04-04_daf5e99f8/leaderboard-text.json")).toBe("2025-03-30");
    expect(dateOf("commit-2025-05-24_209556bee/leaderboard-text-style-control.json")).toBe(
      "2025-05-22",
    );
    const august = snapshotOf(snapshots, "commit-2025-11-05_236f9a429/leaderboard-text.json");
    expect(august.publishedOn).toBe("2025-08-28");
    // The evidence: mistral-medium-2508 is on that board, claude-sonnet-4-5-20250929 is not yet.
    expect(scoreOf(august, "mistral-medium-2508", "overall")?.rating).toBe(1433.4008835768732);
    expect(scoreOf(august, "claude-sonnet-4-5-20250929", "overall")).toBeUndefined();
    expect(dateOf("commit-2025-11-06_99f1eadee/leaderboard-text.json")).toBe("2025-11-06");
    for (const [commit, { boardDate }] of Object.entries(BOARD_DATES)) {
      const s = snapshots.find((x) => x.origin.includes(`_${commit}/`));
      expect(s?.publishedOn).toBe(boardDate);
      expect(boardDate < (s?.origin.slice(7, 17) ?? "")).toBe(true);
    }
  });

  it("reads the scatterplot as model facts only", () => {
    const s = snapshotOf(snapshots, SCATTER);
    expect(s.publishedOn).toBe("2025-12-17");
    expect(s.scores).toEqual([]);
    expect(s.models).toHaveLength(141);
    const qwen = s.models.find((m) => m.name === "qwen3-max-preview");
    expect(qwen).toMatchObject({
      aliases: ["Qwen3-Max"],
      organization: "Alibaba",
      licence: "Apache 2.0",
      inputPricePerM: 1.2,
      outputPricePerM: 6,
    });
    const haiku = s.models.find((m) => m.name === "claude-3-5-haiku-20241022");
    expect(haiku?.licence).toBe("Propretary");
    const nano = s.models.find((m) => m.name === "gpt-5-nano-high");
    expect([nano?.inputPricePerM, nano?.outputPricePerM]).toEqual([0.05, 0.4]);
    const ernie = s.models.find((m) => m.name === "ernie-5.0-preview-1103");
    expect(ernie).toMatchObject({ aliases: [], inputPricePerM: null, outputPricePerM: null });
  });
});

describe("lmarenaCatalogAdapter on malformed input", () => {
  const entry = '{"rating": 1300.5, "rating_q975": 1305, "rating_q025": 1296}';

  it("selects only the dated leaderboard and scatterplot files", () => {
    const listing = ["SOURCE.md", LB, SCATTER, "commit-2025-01-28_d15d54c77/notes.json"];
    expect(adapter.selectFiles(listing)).toEqual([LB, SCATTER]);
  });

  it("parses a minimal file and normalises the category", () => {
    const [s] = adapter.parse({ path: LB, text: `{"full": {"m": ${entry}}}` });
    expect(s?.scores).toEqual([
      {
        model: "m",
        category: "overall",
        rating: 1300.5,
        lower: 1296,
        upper: 1305,
        votes: null,
        rank: null,
      },
    ]);
  });

  it("rejects a non-numeric rating", () => {
    const text = `{"full": {"a": ${entry}, "b": {"rating": "x", "rating_q975": 1, "rating_q025": 0}}}`;
    expectParseError({ path: LB, text }, LB, "row 2", 'field "rating"', 'model "b"');
  });

  it("rejects a renamed bound", () => {
    const text = '{"coding": {"a": {"rating": 1, "q975": 2, "rating_q025": 0}}}';
    expectParseError({ path: LB, text }, LB, "row 1", 'field "rating_q975"');
  });

  it("rejects an empty table", () => {
    expectParseError({ path: LB, text: '{"full": {}}' }, LB, "empty table");
  });

  it("rejects two categories that normalise to the same slug for one model", () => {
    const text = `{"full": {"a": ${entry}}, "overall": {"a": ${entry}}}`;
    expectParseError({ path: LB, text }, LB, "row 2", "duplicate");
  });

  it("rejects a non-numeric price and a duplicate scatterplot model", () => {
    const row = (price: string) =>
      `{"name": "A", "model_api_name": "a", "input_token_price": "${price}", "output_token_price": "1", "organization": "X", "license": "MIT"}`;
    expectParseError(
      { path: SCATTER, text: `[${row("cheap")}]` },
      SCATTER,
      "row 1",
      "input_token_price",
    );
    expectParseError(
      { path: SCATTER, text: `[${row("1")}, ${row("2")}]` },
      SCATTER,
      "row 2",
      "duplicate",
    );
  });

  it("rejects invalid JSON and an unexpected path", () => {
    expectParseError({ path: LB, text: "{" }, LB, "not valid JSON");
    expectParseError({ path: "leaderboard-text.json", text: "{}" }, "commit-YYYY-MM-DD");
  });
});
