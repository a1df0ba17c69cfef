import { describe, expect, it } from "vitest";
import { findAdapter } from "@/lib/ingest/registry";
import { makeModelFact } from "@/lib/ingest/model-fact";
import type { ParsedSnapshot } from "@/lib/ingest/types";
import { seedTestDatabase } from "../testing/seeded-database";
import { rebuildDerivedIfStale } from "../writer/rebuild-derived";
import { writeSnapshot } from "../writer/write-snapshot";

// The default gap view reads only the derived tables, so a snapshot committed mid-run must not
// recompute it (each recompute blocked readers for 430 ms at 10× the history); the rebuild at the
// end of the run must. A custom definition ranks raw scores and follows every commit.
const seeded = seedTestDatabase("derived-memo");

const fact = (name: string, organization: string, licence: string) =>
  makeModelFact(name, { organization, licence, openWeights: licence !== "Proprietary" });

const score = (model: string, rating: number) => ({
  model,
  category: "overall",
  rating,
  lower: rating - 5,
  upper: rating + 5,
  votes: 10_000,
  rank: null,
});

describe("gap views follow the derived rebuild, not each snapshot commit", () => {
  it("holds the default view across a commit and refreshes it after the rebuild", async () => {
    const { loadGapView } = await import("@/app/load-gap-view");
    const { getDataVersion } = await import("./data-version");
    const before = loadGapView({});
    const custom = loadGapView({ org: "-meta" });
    expect(custom.issues).toEqual([]);
    const latest = before.view.latest;
    if (!latest) throw new Error("the seeded default view has no latest point");
    const info = findAdapter("lmarena-dataset")?.info;
    if (!info) throw new Error("lmarena-dataset adapter missing");
    const snap: ParsedSnapshot = {
      arena: "text",
      publishedOn: "2026-11-30",
      styleControl: false,
      coverage: "complete",
      origin: "derived-memo.test.ts",
      scores: [score("test-closed-model", 1600), score("test-open-model", 1590)],
      models: [
        fact("test-closed-model", "Test Lab", "Proprietary"),
        fact("test-open-model", "Test Lab", "Apache 2.0"),
      ],
    };
    const version = getDataVersion();
    expect(writeSnapshot(seeded.db(), info, snap, "2026-11-30T00:00:00Z").status).toBe("added");
    expect(getDataVersion()).toBeGreaterThan(version);

    // Mid-run: the default view is the very same object; the custom one was recomputed.
    expect(loadGapView({}).view).toBe(before.view);
    expect(loadGapView({ org: "-meta" }).view).not.toBe(custom.view);

    expect(rebuildDerivedIfStale(seeded.db())).toBe(true);
    const after = loadGapView({}).view;
    expect(after).not.toBe(before.view);
    expect(after.latest?.date).toBe("2026-11-30");
    expect(after.latest?.gap).toBeCloseTo(10, 6);
  }, 120_000);
});

describe("memoByDataVersion", () => {
  it("drops the least recently used entry, not everything, when full", async () => {
    const { memoByDataVersion } = await import("./data-version");
    let computed = 0;
    const get = (key: string) => memoByDataVersion(`lru-test:${key}`, () => ++computed);
    const hot = get("hot");
    for (let i = 0; i < 1_000; i++) {
      get(`crawler-${i}`);
      if (i % 100 === 0) expect(get("hot")).toBe(hot); // used now and then: stays
    }
    expect(get("hot")).toBe(hot);
    const before = computed;
    get("crawler-0"); // long unused: gone, computed again
    expect(computed).toBe(before + 1);
  });
});
