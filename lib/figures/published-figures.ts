import type { Arena } from "@/lib/domain";

/** How a published figure states the gap. */
export const FIGURE_MEASURES = ["points", "pct-of-open", "pct-of-closed", "months"] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

export interface PublishedFigure {
  id: string;
  publisher: string;
  /** The claim as published (paraphrased where the report gives only a chart). */
  claim: string;
  /** The date the figure is about; OpenGap reads the board as it stood then. */
  date: string;
  board: { arena: Arena; styleControl: boolean };
  measure: FigureMeasure;
  value: number;
  /** Differences up to this count as a match (the rounding the publisher shows). */
  tolerance: number;
  /**
   * Reports that rate every model on one later board (their publication's) and date models by
   * availability: OpenGap repeats that on the board as of this date, as evidence.
   */
  laterBoard?: { date: string; styleControl: boolean };
  /** What cannot be compared directly, stated up front (e.g. another yardstick). */
  caveat?: string;
}

// Stanford AI Index 2025 and 2026 (Chatbot Arena charts), Epoch AI's capabilities-index
// figures, and LMArena's own statement. Boards: raw until LMArena made style control the
// default in May 2025, style-controlled since.
export const PUBLISHED_FIGURES: readonly PublishedFigure[] = [
  {
    id: "ai-index-2025-jan-2024",
    publisher: "Stanford AI Index 2025",
    claim:
      "Chatbot Arena: the top closed model led the top open one by 8.04% in early January 2024",
    date: "2024-01-09",
    board: { arena: "text", styleControl: false },
    measure: "pct-of-open",
    value: 8.04,
    tolerance: 0.1,
    laterBoard: { date: "2025-02-28", styleControl: false },
  },
  {
    id: "ai-index-2025-feb-2025",
    publisher: "Stanford AI Index 2025",
    claim: "Chatbot Arena: the gap narrowed to 1.70% by February 2025",
    date: "2025-02-12",
    board: { arena: "text", styleControl: false },
    measure: "pct-of-open",
    value: 1.7,
    tolerance: 0.1,
  },
  {
    id: "ai-index-2026-may-2023-points",
    publisher: "Stanford AI Index 2026",
    claim: "May 2023: GPT-4-0314 ahead of Vicuna-13B by 174 points (15.2%)",
    date: "2023-05-22",
    board: { arena: "text", styleControl: false },
    measure: "points",
    value: 174,
    tolerance: 2,
    laterBoard: { date: "2026-03-31", styleControl: true },
  },
  {
    id: "ai-index-2026-aug-2024-points",
    publisher: "Stanford AI Index 2026",
    claim: "August 2024: the gap was 7 points (0.5%)",
    date: "2024-08-31",
    board: { arena: "text", styleControl: false },
    measure: "points",
    value: 7,
    tolerance: 2,
    laterBoard: { date: "2026-03-31", styleControl: true },
  },
  {
    id: "ai-index-2026-mar-2026-pct",
    publisher: "Stanford AI Index 2026",
    claim: "March 2026: Claude Opus 4.6 1,503 vs GLM-5 1,454, 49 points, 3.4%",
    date: "2026-03-12",
    board: { arena: "text", styleControl: true },
    measure: "pct-of-open",
    value: 3.4,
    tolerance: 0.05,
  },
  {
    id: "ai-index-2026-mar-2026-highlight",
    publisher: "Stanford AI Index 2026 (highlights)",
    claim: "The same March 2026 gap as 3.3% in the report's highlight",
    date: "2026-03-12",
    board: { arena: "text", styleControl: true },
    measure: "pct-of-closed",
    value: 3.3,
    tolerance: 0.05,
  },
  {
    id: "epoch-oct-2025",
    publisher: "Epoch AI",
    claim: "Open models are about 3.5 months behind on the Epoch Capabilities Index (October 2025)",
    date: "2025-10-31",
    // The newest style-controlled board before it is from May; the raw one from late August.
    board: { arena: "text", styleControl: false },
    measure: "months",
    value: 3.5,
    tolerance: 1,
    caveat:
      "Epoch's figure is on its capabilities index, not on Arena ratings; OpenGap shows the Arena figure for the same date beside it.",
  },
  {
    id: "epoch-jan-may-2026",
    publisher: "Epoch AI",
    claim: "About 4 months behind on the capabilities index, January–May 2026",
    date: "2026-05-31",
    board: { arena: "text", styleControl: true },
    measure: "months",
    value: 4,
    tolerance: 1,
    caveat:
      "Epoch's figure is on its capabilities index, not on Arena ratings; OpenGap shows the Arena figure for the same date beside it.",
  },
  {
    id: "lmarena-may-2026",
    publisher: "LMArena",
    claim: "May 2026: “the proprietary lead is about +30 points”",
    date: "2026-05-31",
    board: { arena: "text", styleControl: true },
    measure: "points",
    value: 30,
    tolerance: 3,
  },
];
