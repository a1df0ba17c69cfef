import { describe, expect, it } from "vitest";
import { seedTestDatabase } from "../testing/seeded-database";

// Every query module against a real SQLite file seeded from the bundled history. Values are
// hand-checked against the raw files (../shared/data), as noted beside each.
seedTestDatabase("queries");

const RAW_TEXT = { arena: "text", styleControl: false } as const;

describe("db/queries/leaderboard", () => {
  it("lists a board's sources with their span and whether they publish intervals", async () => {
    const { getBoardSources } = await import("./leaderboard");
    const daily = getBoardSources(RAW_TEXT).find((s) => s.slug === "lmarena-daily-csv");
    // fboulnois lmsys.csv: 92 files, 2024.06.19 … lmarena_text.csv of 2025-08-04.
    expect(daily).toMatchObject({
      snapshotCount: 92,
      firstDate: "2024-06-19",
      lastDate: "2025-08-04",
      hasIntervals: true,
    });
  });

  it("reads one snapshot's board (2024-08-01: 122 models, Llama 3.1 405B 1262 +7/−5)", async () => {
    const { getBoardEntries, getBoardSnapshots, getSnapshotCategories } =
      await import("./leaderboard");
    const snap = getBoardSnapshots("lmarena-daily-csv", RAW_TEXT).find(
      (s) => s.date === "2024-08-01",
    );
    if (!snap) throw new Error("2024-08-01 missing");
    expect(getSnapshotCategories(snap.id)).toEqual([{ slug: "overall", count: 122 }]);
    const entries = getBoardEntries(snap.id, "overall");
    expect(entries).toHaveLength(122);
    expect(entries.find((e) => e.slug === "llama-3.1-405b-instruct")).toMatchObject({
      rating: 1262,
      lower: 1257,
      upper: 1269,
      licenceClass: "open-restricted",
    });
  });
});

describe("db/queries/compare", () => {
  it("counts how many chosen models each snapshot rates, and names today's leaders", async () => {
    const { getCompareModels, getCurrentLeaders, getSnapshotCoverage } = await import("./compare");
    const chosen = getCompareModels(["gpt-4o-2024-05-13", "llama-3.1-405b-instruct"]);
    expect(chosen.map((m) => m.slug)).toEqual(["gpt-4o-2024-05-13", "llama-3.1-405b-instruct"]);
    const coverage = getSnapshotCoverage(chosen.map((m) => m.id));
    expect(
      coverage.find((c) => c.board === "lmarena-daily-csv" && c.date === "2024-08-01"),
    ).toMatchObject({ modelCount: 2, coverage: "complete" });
    // text.csv, overall, 2026-08-19: claude-opus-5-high 1505.1 and kimi-k3-max 1476.9.
    expect(getCurrentLeaders().map((l) => [l.slug, l.date])).toEqual([
      ["claude-opus-5-high", "2026-08-19"],
      ["kimi-k3-max", "2026-08-19"],
    ]);
  });
});

describe("db/queries/models", () => {
  it("reads a model's history, place and field", async () => {
    const { getModelBySlug, getModelFields, getModelPositions, getModelRatings, getModelOptions } =
      await import("./models");
    const gpt4o = getModelBySlug("gpt-4o-2024-05-13");
    if (!gpt4o) throw new Error("gpt-4o-2024-05-13 missing");
    const ratings = getModelRatings(gpt4o.id);
    expect((ratings[0]?.date ?? "") <= "2024-05-20").toBe(true);
    // 2024-08-01 daily board: GPT-4o-2024-05-13 is first of 122.
    const position = getModelPositions(gpt4o.id, "overall").find(
      (p) => p.board === "lmarena-daily-csv" && p.date === "2024-08-01",
    );
    expect(position).toMatchObject({ position: 1, fieldSize: 122, rating: 1286 });
    const fields = getModelFields(gpt4o.id, "overall");
    expect(fields.find((f) => f.board === "lmarena-daily-csv")?.date).toBe("2025-08-04");
    expect(getModelOptions().some((o) => o.slug === "gpt-4o-2024-05-13")).toBe(true);
  });

  it("lists each model once in the picker; spellings of one model are aliases, not rows", async () => {
    const { getModelOptions } = await import("./models");
    const options = getModelOptions();
    expect(new Set(options.map((o) => o.slug)).size).toBe(options.length);
    // The picker showed ChatGPT-4o-latest (2024-08-08) three times and Llama 3.1 405B
    // three ways: the spellings are now merged (lib/identity/model-overrides.ts).
    const named = (text: string) =>
      options.filter((o) => o.name.toLowerCase().includes(text)).map((o) => o.slug);
    expect(named("chatgpt-4o-latest (2024-08-08)")).toEqual(["chatgpt-4o-latest-20240808"]);
    expect(named("llama-3.1-405b").sort()).toEqual([
      "llama-3.1-405b-instruct",
      "llama-3.1-405b-instruct-bf16",
    ]);
    // Whatever still reads alike carries a visible qualifier.
    const key = (n: string) => n.toLowerCase().replace(/[^a-z0-9]+/g, "");
    const twins = options.filter(
      (o) => options.filter((x) => key(x.name) === key(o.name)).length > 1,
    );
    expect(twins.filter((o) => !o.qualifier)).toEqual([]);
  });
});

describe("db/queries/gap-choices, wizard, status", () => {
  it("offers the board's categories and sources", async () => {
    const { getBoardChoices } = await import("./gap-choices");
    const choices = getBoardChoices("text", false);
    expect(choices.categories[0]?.slug).toBe("overall");
    expect(choices.categories.some((c) => c.slug === "coding")).toBe(true);
    expect(choices.sources.map((s) => s.slug)).toContain("lmarena-dataset");
  });

  it("gives the wizard today's complete board of an arena", async () => {
    const { getWizardBoard } = await import("./wizard");
    // arena.ai's full board dated "Aug 21, 2026" (style control on) is the newest complete one.
    expect(getWizardBoard("text", "overall")?.snapshot).toMatchObject({
      date: "2026-08-21",
      source: "arena-ai-daily",
      styleControl: true,
    });
  });

  it("reports every seeded source with its span and seed run", async () => {
    const { getSourceStatuses } = await import("./status");
    const rows = getSourceStatuses();
    expect(rows.find((r) => r.slug === "lmarena-dataset")).toMatchObject({
      firstDate: "2026-06-21",
      lastDate: "2026-08-19",
      lastFetchAt: null,
    });
    expect(rows.every((r) => r.lastSuccessAt !== null)).toBe(true);
  });
});

describe("db/queries/gap-choices", () => {
  it("offers exactly the licences and organisations of the models the old full scan found", async () => {
    const { getBoardChoices } = await import("./gap-choices");
    const { getDb } = await import("../client");
    const { sql } = await import("drizzle-orm");
    const boards = getDb().all<{ arena: "text"; sc: number }>(
      sql`SELECT DISTINCT arena, style_control AS sc FROM snapshots WHERE score_count > 0`,
    );
    expect(boards.length).toBeGreaterThan(2);
    for (const { arena, sc } of boards) {
      // The query getBoardChoices used to run: every rating of the board, then distinct models.
      const scanned = getDb().all<{ licence: string | null; organization: string | null }>(sql`
        SELECT licence, organization FROM models WHERE id IN (
          SELECT DISTINCT s.model_id FROM scores s JOIN snapshots n ON n.id = s.snapshot_id
          WHERE n.arena = ${arena} AND n.style_control = ${sc} AND n.score_count > 0)`);
      const choices = getBoardChoices(arena, sc === 1);
      const total = (list: { count: number }[]) => list.reduce((n, c) => n + c.count, 0);
      expect(total(choices.organizations)).toBe(scanned.filter((m) => m.organization).length);
      const orgs = new Set(choices.organizations.flatMap((c) => c.labels));
      expect(orgs).toEqual(
        new Set(scanned.flatMap((m) => (m.organization ? [m.organization] : []))),
      );
    }
  });
});
