import { z } from "zod";
import { IngestError } from "../ingest-error";
import { optionalDateCell, textCell } from "../metric-cells";
import type {
  MetricInfo,
  MetricScoreRow,
  MetricSourceAdapter,
  MetricSourceInfo,
  ParsedMetricExport,
} from "../metric-types";
import type { SourceFile } from "../types";
import { numberCell, readCsvTable, requireColumns, requireRows, validateRow } from "../validate";

const FILE = "huggingface_v2.csv";
/** The file's last version (0f4e5c6, 2025-03-21); the leaderboard was retired that March. */
const EXPORT_DATE = "2025-03-21";

const info = {
  slug: "open-llm-leaderboard",
  name: "Open LLM Leaderboard v2 (Hugging Face), final state",
  publisher: "Hugging Face, via github.com/fboulnois/llm-leaderboard-csv",
  dataLicence:
    "None stated for the data (the collecting repository is MPL-2.0; the upstream dataset card names none)",
  homepage: "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
  dataDir: "open-llm-leaderboard-v2-fboulnois",
  series:
    "Normalised average of six benchmarks (IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-Pro) for models submitted by their own developers; open models only",
  kind: "metrics",
  nonCommercial: false,
  attribution:
    "Hugging Face Open LLM Leaderboard v2 (Fourrier et al.), final table via fboulnois/llm-leaderboard-csv",
} satisfies MetricSourceInfo;

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
