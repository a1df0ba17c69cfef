import { describe, expect, it } from "vitest";
import { OPEN_WEIGHT_CLASSES } from "@/lib/domain";
import { computeGap } from "./compute-gap";
import type { RatedModel, SnapshotFrontier } from "./types";

const model = (
  name: string,
  rating: number,
  ci: [number, number] | null,
  licenceClass: RatedModel["licenceClass"],
): RatedModel => ({
  slug: name.toLowerCase(),
  name,
  organization: null,
  licenceClass,
  rating,
  lower: ci ? rating - ci[1] : null,
  upper: ci ? rating + ci[0] : null,
});

// LMArena text board scraped 2024-08-01 (fboulnois lmsys.csv): GPT-4o-2024-05-13 1286 +3/-3,
// Meta-Llama-3.1-405b-Instruct 1262 +7/-5 (Llama 3.1 Community).
const board20240801: SnapshotFrontier = {
  snapshotId: 1,
  date: "2024-08-01",
  source: "lmarena-daily-csv",
  sourcePriority: 1,
  coverage: "complete",
  steps: [],
  best: {
    proprietary: model("GPT-4o-2024-05-13", 1286, [3, 3], "proprietary"),
    "open-restricted": model("Meta-Llama-3.1-405b-Instruct", 1262, [7, 5], "open-restricted"),
    "non-commercial": model("Gemma-2-27B-it-nc", 1216, null, "non-commercial"),
  },
};

describe("computeGap", () => {
  it("matches the hand-checked 2024-08-01 board: 24 points, 1.90%", () => {
    const g = computeGap(board20240801, OPEN_WEIGHT_CLASSES);
    expect(g.closed?.name).toBe("GPT-4o-2024-05-13");
    expect(g.open?.name).toBe("Meta-Llama-3.1-405b-Instruct");
    expect(g.gap).toBe(24);
    expect(g.gapPct).toBeCloseTo((24 / 1262) * 100, 10);
    expect(g.gapPct?.toFixed(2)).toBe("1.90");
    // 1283..1289 vs 1257..1269: no overlap, so the lead is statistically clear.
    expect(g.tied).toBe(false);
  });

  it("counts only the licence classes chosen as open", () => {
    const g = computeGap(board20240801, ["non-commercial"]);
    expect(g.open?.name).toBe("Gemma-2-27B-it-nc");
    expect(g.gap).toBe(70);
  });

  it("reports a tie when the 95% intervals overlap", () => {
    const g = computeGap(
      {
        ...board20240801,
        best: {
          proprietary: model("A", 1300, [5, 5], "proprietary"),
          "open-osi": model("B", 1292, [5, 5], "open-osi"),
        },
      },
      OPEN_WEIGHT_CLASSES,
    );
    expect(g.gap).toBe(8);
    expect(g.tied).toBe(true);
  });

  it("leaves tie unknown without intervals and the gap empty without an open model", () => {
    const noCi = computeGap(
      {
        ...board20240801,
        best: {
          proprietary: model("A", 1300, null, "proprietary"),
          "open-osi": model("B", 1250, null, "open-osi"),
        },
      },
      OPEN_WEIGHT_CLASSES,
    );
    expect(noCi.tied).toBeNull();
    const noOpen = computeGap(
      { ...board20240801, best: { proprietary: model("A", 1300, null, "proprietary") } },
      OPEN_WEIGHT_CLASSES,
    );
    expect(noOpen.gap).toBeNull();
    expect(noOpen.gapPct).toBeNull();
  });

  it("never counts proprietary as open even if asked to", () => {
    const g = computeGap(board20240801, ["proprietary", "open-restricted"]);
    expect(g.open?.name).toBe("Meta-Llama-3.1-405b-Instruct");
  });
});
