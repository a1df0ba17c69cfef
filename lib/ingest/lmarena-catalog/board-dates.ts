// Reviewed: the commits whose board is older than the commit. The others' boards match their
// commit day (d15d54c77, c47393c78: that day's pkl; 99f1eadee: that day's publish; ea8297b54:
// "12/11 data"; 3b12b7fd9 adds a model released that day), so the commit date stands for them.
export const BOARD_DATES: Readonly<Record<string, { boardDate: string; evidence: string }>> = {
  "9ef03c088": {
    boardDate: "2025-03-03",
    evidence:
      "Commit message 'update leaderboard 3-03-2025'; `full` equals the elo_results pkl of 2025-03-03 for 204 of 204 models (chatbot-arena-history-jasontrigg0).",
  },
  daf5e99f8: {
    boardDate: "2025-03-30",
    evidence:
      "`full` equals lmarena-ai/leaderboard-dataset's 2025-03-30 publish for 11 of 12 lab flagships (the 12th is a merged series), the 03-26 and 04-05 publishes for none (ai-arena-history-mayerwin); newest model gemini-2.5-pro-exp-03-25, no llama-4 (2025-04-05).",
  },
  "209556bee": {
    boardDate: "2025-05-22",
    evidence:
      "`full` equals the dataset's 2025-05-22 publish for 9 of 10 lab flagships, the 05-19 and 06-01 publishes for none (ai-arena-history-mayerwin); newest model mistral-medium-2505 (on the board from 2025-05-19).",
  },
  "236f9a429": {
    boardDate: "2025-08-28",
    evidence:
      "Re-normalised, so no exact match: closest to the dataset's 2025-08-28 publish (median |Δ| 0.19 over 9 lab flagships; 0.58 on 08-27, over 1.3 from 09-08). Has mistral-medium-2508 (on the board from 2025-08-21) and deepseek-v3.1; lacks kimi-k2-0905-preview and qwen3-max-preview (from 2025-09-08) and claude-sonnet-4-5-20250929.",
  },
};

/** The board's date: the reviewed date for a listed commit, else the commit (or fetch) date. */
export function toBoardDate(commitDate: string, commit: string): string {
  return BOARD_DATES[commit]?.boardDate ?? commitDate;
}
