// A one-board update in the LMArena dataset's layout, newer than any real snapshot, so an ingest
// of it visibly changes the headline (new date, new open leader). Used by the scale-out test and
// the benchmark to check that new data reaches readers through the shared cache.
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const HEADER =
  "first_seen,last_seen,leaderboard_publish_date,category,rank,model_name,organization,license,rating,rating_lower,rating_upper,variance,vote_count";

export const NEW_BOARD = { date: "2026-09-01", openModel: "e2e-open-frontier" } as const;

/** Writes the board under `dir` and returns the folder to pass to `npm run ingest -- --dir`. */
export function writeNewBoard(dir: string): string {
  const folder = path.join(dir, "lmarena-leaderboard-dataset-scarlett9826");
  mkdirSync(folder, { recursive: true });
  const rows = [
    "2026-09-02,2026-09-02,2026-09-01,overall,1,claude-fable-5,anthropic,Proprietary,1510.5,1504.5,1516.5,9.0,30000",
    `2026-09-02,2026-09-02,2026-09-01,overall,2,${NEW_BOARD.openModel},e2e-lab,MIT,1509.5,1500.5,1518.5,20.0,5000`,
  ];
  writeFileSync(path.join(folder, "text_style_control.csv"), `${[HEADER, ...rows].join("\n")}\n`);
  return dir;
}

/**
 * Writes the board under `dir` and ingests it into `dbPath` with the CLI, as another process.
 * Asynchronous, so a caller's HTTP client keeps running its event loop meanwhile (a blocking
 * spawnSync would reuse a keep-alive socket the server closed: "other side closed").
 */
export async function ingestNewBoard(dbPath: string, dir: string): Promise<string> {
  const args = ["--import", "tsx", "db/cli/ingest.ts", "--source", "lmarena-dataset"];
  const run = await promisify(execFile)(process.execPath, [...args, "--dir", writeNewBoard(dir)], {
    env: { ...process.env, DATABASE_PATH: dbPath },
    encoding: "utf8",
  });
  return run.stdout;
}
