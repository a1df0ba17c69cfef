import { z } from "zod";
import { IngestError } from "../ingest-error";
import { optionalDateCell, textCell } from "../metric-cells";
import type {
  MetricInfo,
  MetricScoreRow,
  MetricSourceAdapter,
  ParsedMetricExport,
} from "../metric-types";
import type { SourceFile } from "../types";
import { numberCell, readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { EXPORT_DATE, info } from "./info";

const FILE = "huggingface_v2.csv";

const metric: MetricInfo = {
  slug: "open-llm-v2-average",
  name: "Open LLM Leaderboard v2 average",
  shortName: "Open LLM v2",
  unit: "points",
  direction: "higher",
  description:
    "Mean of six normalised benchmark scores; the leaderboard lists open-weight models only, so it draws the open frontier and no gap",
  plausible: [-100, 100],
  openOnly: true,
};

const TRUE_FALSE = z.enum(["TRUE", "FALSE"], { message: 'expected "TRUE" or "FALSE"' });
const rowSchema = z.object({
  id: z.string().trim().min(1),
  model_name: z.string().trim().min(1),
  model_average_score: numberCell,
  features_is_official_provider: TRUE_FALSE,
  features_is_flagged: TRUE_FALSE,
  metadata_upload_date: optionalDateCell,
  metadata_hub_license: textCell,
});

/**
 * Only entries submitted by the model's own developer and not flagged: the rest are thousands of
 * fine-tunes and merges, some flagged for contamination, which would make the "open frontier" a
 * merge of merges rather than a released model.
 */
function parse(files: readonly SourceFile[]): ParsedMetricExport[] {
  const file = files.find((f) => f.path === FILE);
  if (!file) throw new IngestError({ source: info.slug, origin: FILE, message: "missing file" });
  const table = readCsvTable(file.text, info.slug, FILE);
  requireColumns(table.header, Object.keys(rowSchema.shape), { source: info.slug, origin: FILE });
  const scores: MetricScoreRow[] = [];
  table.rows.forEach((raw, i) => {
    const r = validateRow(rowSchema, raw, { source: info.slug, origin: FILE, row: i + 2 });
    if (r.features_is_official_provider !== "TRUE" || r.features_is_flagged === "TRUE") return;
    scores.push({
      key: r.id,
      name: r.model_name,
      // A Hugging Face repo id: the model's own name follows the organisation.
      model: r.model_name.split("/").at(-1) ?? r.model_name,
      score: r.model_average_score,
      lower: null,
      upper: null,
      date: r.metadata_upload_date,
      dateBasis: "upload",
      organization: r.model_name.split("/")[0] ?? null,
      accessibility: `listed on the Open LLM Leaderboard (open weights only); hub licence ${r.metadata_hub_license ?? "not stated"}`,
      openness: "open",
    });
  });
  requireRows(scores.length, { source: info.slug, origin: FILE }, "no official-provider entries");
  return [
    {
      metric,
      exportedOn: EXPORT_DATE,
      label: `Open LLM Leaderboard v2 final table (${EXPORT_DATE})`,
      origin: FILE,
      scores,
      dropped: [],
    },
  ];
}

export const openLlmLeaderboardAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => p === FILE),
  parse,
} satisfies MetricSourceAdapter;
