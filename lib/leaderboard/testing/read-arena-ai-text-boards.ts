import { arenaAiDailyAdapter } from "@/lib/ingest/arena-ai-daily";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import type { BoardEntry } from "../types";
import { makeEntry } from "./make-entry";

/** arena.ai's real text boards (overall, style control) by date, ids shared across dates by name. */
export async function readArenaAiTextBoards(): Promise<Map<string, BoardEntry[]>> {
  const files = await readSourceDir(arenaAiDailyAdapter, SHARED_DATA_DIR);
  const snapshots = await parseSourceFiles(arenaAiDailyAdapter, files);
  const ids = new Map<string, number>();
  const boards = new Map<string, BoardEntry[]>();
  for (const s of snapshots) {
    if (s.arena !== "text" || s.scores[0]?.category !== "overall") continue;
    boards.set(
      s.publishedOn,
      s.scores.map((r) => {
        if (!ids.has(r.model)) ids.set(r.model, ids.size + 1);
        return makeEntry({
          modelId: ids.get(r.model) ?? 0,
          name: r.model,
          rating: r.rating,
          lower: r.lower,
          upper: r.upper,
          sourceRank: r.rank,
        });
      }),
    );
  }
  return boards;
}
