import { describe, expect, it } from "vitest";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { openLlmLeaderboardAdapter as adapter } from "./index";

describe("open-llm-leaderboard on the final v2 table", () => {
  it("keeps the 470 unflagged entries of official providers, all open, dated by upload", async () => {
    const [ex, ...rest] = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
    expect(rest).toEqual([]);
    expect(ex?.metric).toMatchObject({ slug: "open-llm-v2-average", openOnly: true });
    expect(ex?.scores).toHaveLength(470);
    expect(ex?.scores.every((s) => s.openness === "open" && s.dateBasis === "upload")).toBe(true);
    const best = ex?.scores.reduce((a, b) => (b.score > a.score ? b : a));
    // huggingface_v2.csv: the highest model_average_score among official providers.
    expect(best?.name).toBe("Qwen/Qwen2.5-72B-Instruct");
  });
});
