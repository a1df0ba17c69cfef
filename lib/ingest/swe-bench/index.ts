import { IngestError } from "../ingest-error";
import type {
  MetricInfo,
  MetricScoreRow,
  MetricSourceAdapter,
  ParsedMetricExport,
} from "../metric-types";
import type { SourceFile } from "../types";
import { readCsvTable, requireColumns, requireRows, validateRow } from "../validate";
import { EXPORT_DATE, info } from "./info";
import { ENTRY_COLUMNS, entrySchema, releaseDateSchema } from "./schema";

const LEADERBOARDS = "leaderboards.csv";
const RELEASES = "model_release_dates.csv";

const board = (slug: string, name: string, shortName: string, description: string): MetricInfo => ({
  slug,
  name,
  shortName,
  unit: "%",
  direction: "higher",
  description,
  plausible: [0, 100],
  openOnly: false,
});

/** The boards read, by the file's `leaderboard` value; Test and Multimodal have almost no open entries. */
const BOARDS: Readonly<Record<string, { metric: MetricInfo; byRelease: boolean }>> = {
  Verified: {
    metric: board(
      "swe-bench-verified",
      "SWE-bench Verified (swebench.com)",
      "SWE-bench Verified",
      "500 human-checked GitHub issues; entries are agent systems, each with its own scaffold",
    ),
    byRelease: false,
  },
  "bash-only": {
    metric: board(
      "swe-bench-bash-only",
      "SWE-bench bash-only (swebench.com)",
      "SWE-bench bash-only",
      "Verified tasks with every model in the same minimal agent (mini-SWE-agent): models, not scaffolds, compared",
    ),
    byRelease: true,
  },
  Lite: {
    metric: board(
      "swe-bench-lite",
      "SWE-bench Lite (swebench.com)",
      "SWE-bench Lite",
      "300 self-contained GitHub issues; entries are agent systems",
    ),
    byRelease: false,
  },
};

function parse(files: readonly SourceFile[]): ParsedMetricExport[] {
  const need = (path: string) => {
    const f = files.find((x) => x.path === path);
    if (!f) throw new IngestError({ source: info.slug, origin: path, message: "missing file" });
    return f;
  };
  const releases = new Map<string, string>();
  readCsvTable(need(RELEASES).text, info.slug, RELEASES).rows.forEach((raw, i) => {
    const r = validateRow(releaseDateSchema, raw, {
      source: info.slug,
      origin: RELEASES,
      row: i + 2,
    });
    releases.set(r.model_id, r.release_date);
  });
  const table = readCsvTable(need(LEADERBOARDS).text, info.slug, LEADERBOARDS);
  requireColumns(table.header, ENTRY_COLUMNS, { source: info.slug, origin: LEADERBOARDS });
  const scores = new Map<string, MetricScoreRow[]>();
  table.rows.forEach((raw, i) => {
    const at = { source: info.slug, origin: LEADERBOARDS, row: i + 2 };
    const e = validateRow(entrySchema, raw, at);
    const spec = BOARDS[e.leaderboard];
    if (!spec) return;
    const tagged = /(?:^|;\s*)Model:\s*([^;]+)/.exec(e.tags)?.[1]?.trim() ?? null;
    const released = tagged ? (releases.get(tagged) ?? null) : null;
    // Tags are API ids, "org/id" or a Hugging Face URL: the model's own id is the last segment.
    const model = tagged ? (tagged.replace(/\/+$/, "").split("/").at(-1) ?? tagged) : null;
    const useRelease = spec.byRelease && released !== null && released <= e.date;
    const list = scores.get(e.leaderboard) ?? [];
    scores.set(e.leaderboard, list);
    list.push({
      key: e.folder,
      name: e.name,
      model,
      score: e.resolved,
      lower: null,
      upper: null,
      date: useRelease ? released : e.date,
      dateBasis: useRelease ? "release" : "submission",
      organization: /(?:^|;\s*)Org:\s*([^;]+)/.exec(e.tags)?.[1]?.trim() ?? null,
      accessibility: `os_model=${e.os_model}; os_system=${e.os_system}`,
      openness: e.os_model === "True" ? "open" : "closed",
    });
  });
  return Object.entries(BOARDS).map(([name, spec]) => {
    const list = scores.get(name) ?? [];
    requireRows(list.length, { source: info.slug, origin: LEADERBOARDS }, `no ${name} entries`);
    return {
      metric: spec.metric,
      exportedOn: EXPORT_DATE,
      label: `swebench.com leaderboards as of ${EXPORT_DATE}`,
      origin: spec.byRelease ? `${LEADERBOARDS} (release dates from ${RELEASES})` : LEADERBOARDS,
      scores: list,
      dropped: [],
    };
  });
}

export const sweBenchAdapter = {
  info,
  selectFiles: (listing) => listing.filter((p) => p === LEADERBOARDS || p === RELEASES),
  parse,
} satisfies MetricSourceAdapter;
