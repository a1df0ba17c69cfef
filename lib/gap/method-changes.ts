import type { MethodChange } from "./types";

// Only what the sources' SOURCE.md files under ../shared/data document (origin, layout, quirks);
// `detail` names that folder so a reader can check the claim.
export const METHOD_CHANGES: readonly MethodChange[] = [
  {
    source: "lmsys-hf-tables",
    date: "2024-01-09",
    label: "Elo column dropped",
    detail:
      "The 2023 leaderboard_table files carry the displayed Arena Elo; from 20240109 the tables only map keys to names, organisations and licences, so this series ends with 20231220 (chatbot-arena-leaderboard-hf-mirror-utterstep).",
  },
  {
    source: "lmsys-elo-history",
    date: "2023-06-19",
    label: "Online Elo → leaderboard-table rating",
    detail:
      "For 20230508 and 20230522 the rating is elo_rating_online; from the next date it is the rating column of the pkl's leaderboard_table_df (chatbot-arena-history-jasontrigg0).",
  },
  {
    source: "lmsys-elo-wide",
    date: "2024-03-27",
    label: "elo_rating_final ≠ displayed rating",
    detail:
      "From 2024-03-27 to 2024-06-26 elo_rating_final was not the displayed rating and differs by up to ~194 points (gpt-4-0314 on 20240617: 1034 vs 1186); identical again from 2024-06-29 (checked against jasontrigg0's alltime.csv for every shared rating).",
  },
  {
    source: "lmarena-daily-csv",
    date: "2024-10-16",
    label: "Scraped from the moved Space",
    detail:
      "The scraper switched from lmsys-chatbot-arena-leaderboard.hf.space to lmarena-ai-chatbot-arena-leaderboard.hf.space on 2024-10-14; versions are run dates, not publish dates (llm-leaderboard-csv-fboulnois).",
  },
  {
    source: "lmarena-daily-csv",
    date: "2025-02-16",
    label: "Older models hidden",
    detail:
      "Rows drop from 198 (2025.02.12) to 168 (2025.02.16): the scraped table appears to hide some older or deprecated models from then on (llm-leaderboard-csv-fboulnois).",
  },
  {
    source: "lmarena-daily-csv",
    date: "2025-07-27",
    label: "Scraped table → pkl-derived lmarena_text.csv",
    detail:
      "Until 2025.07.18 lmsys.csv was parsed from the Space's Gradio config; from 2025.07.27 lmarena_text.csv is read from elo_results pkl files of the lmarena-ai/lmarena-leaderboard Space, dated by the pkl (llm-leaderboard-csv-fboulnois).",
  },
  {
    source: "lmarena-catalog",
    date: "2025-01-28",
    label: "Unlabelled style-controlled file",
    detail:
      "commit-2025-01-28 leaderboard-data.json looks style-controlled though unlabelled (o1 1323 vs 1351 displayed on 2025-01-29); from 2025-02-21 the plain files match the displayed board (arena-catalog-lmarena).",
  },
  {
    source: "lmarena-catalog",
    date: "2025-11-05",
    label: "Commit date, not publish date",
    detail:
      "Files carry no publish date; the 2025-11-05 commit (after no commits since 2025-05-24) holds models suggesting an Aug–Sep 2025 board, an inference stated in SOURCE.md (arena-catalog-lmarena).",
  },
  {
    source: "arena-ai-daily",
    date: "2026-03-19",
    label: "Partial scrape of the top",
    detail:
      "Each daily file scrapes only the top of arena.ai's board: model_count varies between 20 and 71 for text; licence normalised by the scraper to open/proprietary (arena-ai-leaderboards-oolong-tea).",
  },
  {
    source: "lab-flagships",
    date: "2023-12-06",
    label: "Early values are the pkl-derived series",
    detail:
      "The 2023-12 values equal jasontrigg0's pkl-derived ratings, not the Arena Elo displayed then (gpt-4-0314 1124.96 vs 1201); one hand-picked flagship per lab, no Meta or DeepSeek (ai-arena-history-mayerwin).",
  },
  {
    source: "lmarena-dataset",
    date: "2023-12-06",
    label: "Early values are the pkl-derived series",
    detail:
      "Per the lab-flagships copy of this dataset, its 2023-12 overall ratings equal the pkl-derived series, not the Arena Elo displayed then (ai-arena-history-mayerwin).",
  },
  {
    source: "openlm-ai",
    date: "2024-05-01",
    label: "Reconstructed top rows only",
    detail:
      "Tables rebuilt from 2,000-byte text crawls of the page: only its top rows (14–19 kept per file), ambiguous rows dropped; in May 2024 the top open row (Llama-3-70b-Instruct) was dropped (openlm-ai-reconstructed).",
  },
  {
    source: "openlm-ai",
    date: "2025-02-17",
    label: "Page layout changed",
    detail:
      "2024 pages show 🏆 Arena Elo, MT-bench and a Best for Model Size Class table; from 2025-02-17 Arena Elo, Coding, Vision, Arena Hard and a Best Open LM table (openlm-ai-reconstructed).",
  },
];
