import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseLeaderboardCsv } from "@/lib/ingest/lmarena-daily-csv/parse-leaderboard-csv";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import type { BoardEntry } from "../types";

/** A real lmarena-daily-csv board (`2024.08.01`) as board entries, ids taken from row order. */
export async function readDailyBoard(day: string, ids = new Map<string, number>()) {
  const rel = `lmsys/${day}/lmsys.csv`;
  const text = await readFile(
    path.join(SHARED_DATA_DIR, "llm-leaderboard-csv-fboulnois", rel),
    "utf8",
  );
  const snap = parseLeaderboardCsv({ path: rel, text }, "lmarena-daily-csv");
  return snap.scores.map((s): BoardEntry => {
    if (!ids.has(s.model)) ids.set(s.model, ids.size + 1);
    const fact = snap.models.find((m) => m.name === s.model);
    return {
      modelId: ids.get(s.model) ?? 0,
      slug: s.model.toLowerCase(),
      name: s.model,
      organization: fact?.organization ?? null,
      licence: fact?.licence ?? null,
      licenceClass: fact?.licence === "Proprietary" ? "proprietary" : "unknown",
      rating: s.rating,
      lower: s.lower,
      upper: s.upper,
      votes: s.votes,
      sourceRank: s.rank,
      releaseDate: null,
      parametersB: null,
      activeParametersB: null,
      contextWindow: null,
      inputPricePerM: null,
      outputPricePerM: null,
    };
  });
}
