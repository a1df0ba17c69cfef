// The reader's glossary (/glossary): each word used on the pages, in plain language. Ids are
// stable anchors that explainers link to (e.g. /glossary#rating).

export interface GlossaryTerm {
  id: string;
  term: string;
  meaning: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "rating",
    term: "Rating, rating points, Elo",
    meaning:
      "Arena leaderboards show two anonymous models' answers to the same prompt and let people vote for the better one. From millions of votes each model gets a rating, on a scale like chess Elo. Only differences mean something: a gap of d points says the higher-rated model wins a share 1 / (1 + 10^(−d/400)) of votes: 0 points 50 %, 30 points about 54 %, 100 points about 64 %, 200 points about 76 %.",
  },
  {
    id: "gap",
    term: "Gap",
    meaning:
      "The best proprietary model's rating minus the best open-weight model's rating, both from the same snapshot. Shown in points, and in percent of the open model's rating (the way the Stanford AI Index reports it).",
  },
  {
    id: "pp",
    term: "pp (percentage points)",
    meaning:
      "The difference between two percentages. A gap that moves from 2.1 % to 1.9 % narrowed by 0.2 pp.",
  },
  {
    id: "months-behind",
    term: "Months behind",
    meaning:
      "How long ago a proprietary model on the same board first reached the rating the best open model has today, dated by its release. “≥ N” means the history starts too late to see the exact date; the range comes from the open model's 95 % interval.",
  },
  {
    id: "interval",
    term: "95 % interval",
    meaning:
      "The range of ratings the votes so far are consistent with. More votes make it narrower. Some sources publish it, some do not.",
  },
  {
    id: "tied",
    term: "Statistically tied",
    meaning:
      "The two leaders' 95 % intervals overlap, so the votes cannot yet tell which is better even though their ratings differ.",
  },
  {
    id: "snapshot",
    term: "Snapshot",
    meaning:
      "One leaderboard as one source published it on one date. Every gap on OpenGap is computed inside one snapshot, because ratings from different dates or sources sit on slightly different scales.",
  },
  {
    id: "source",
    term: "Source",
    meaning:
      "Who published the numbers and where OpenGap read them: LMArena's own dataset, arena.ai, archived copies, openlm.ai's mirror and others. The Data status page lists each with its licence.",
  },
  {
    id: "board",
    term: "Board, arena, category",
    meaning:
      "An arena is a kind of task (text, web development, vision); a category is a slice of its votes (overall, coding, math, …). A board is an arena with style control on or off; its ratings are not comparable with another board's.",
  },
  {
    id: "style-control",
    term: "Style control",
    meaning:
      "A correction LMArena applies so that long answers and heavy formatting win fewer votes on their own. It changes ratings by tens of points, so boards with and without it are kept apart. arena.ai's default board uses it.",
  },
  {
    id: "stitched",
    term: "Stitched (all sources)",
    meaning:
      "The default timeline: complete boards only, and where several sources cover the same weeks, the one that publishes 95 % intervals (then the more authoritative source). Each point is still one source's own snapshot; dashed lines on the chart mark where the source changes.",
  },
  {
    id: "coverage",
    term: "Complete, partial, flagships",
    meaning:
      "A complete snapshot lists the whole board; a partial one only its top rows; a flagship series one model per lab. “Today” on every page is the newest complete snapshot.",
  },
  {
    id: "open-weight",
    term: "Open-weight, open source, proprietary",
    meaning:
      "Open-weight models publish their weights for anyone to download. Open source (OSI) means the licence meets the Open Source Definition (MIT, Apache 2.0); restricted licences add conditions (Llama's user cap, acceptable-use rules); non-commercial ones forbid paid use. Proprietary models are reachable only through their maker's service.",
  },
  {
    id: "frontier",
    term: "Frontier, open record",
    meaning:
      "The frontier is the best model of a kind in a snapshot. An open record is a snapshot where the best open-weight model rates higher than any open model before it on that source.",
  },
  {
    id: "benchmark",
    term: "Benchmark score",
    meaning:
      "A score on a fixed test set (GPQA Diamond, SWE-bench Verified, LiveBench, Epoch's Capabilities Index) rather than votes. Each benchmark is shown in its own unit and never averaged with another.",
  },
];
