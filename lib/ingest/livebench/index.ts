import { IngestError } from "../ingest-error";
import type { MetricSourceAdapter, ParsedMetricExport } from "../metric-types";
import type { SourceFile } from "../types";
import { readCsvTable, readJsonFile, validateRow } from "../validate";
import { info } from "./info";
import { parseRelease } from "./parse-release";
import { readModelLinks } from "./read-model-links";
import { categoriesSchema, firstSeenRowSchema } from "./schema";

const TABLE = /^public\/table_(\d{4})_(\d{2})_(\d{2})\.csv$/;
const LINKS = "modelLinks.json";
const FIRST_SEEN = "model_first_seen.csv";

function parse(files: readonly SourceFile[]): ParsedMetricExport[] {
  const need = (path: string) => {
    const f = files.find((x) => x.path === path);
    if (!f) throw new IngestError({ source: info.slug, origin: path, message: "missing file" });
    return f;
  };
  const links = readModelLinks(need(LINKS), info.slug);
  const firstListed = new Map<string, string>();
  const newestIn = new Map<string, string>();
  const seen = readCsvTable(need(FIRST_SEEN).text, info.slug, FIRST_SEEN);
  seen.rows.forEach((raw, i) => {
    const r = validateRow(firstSeenRowSchema, raw, {
      source: info.slug,
      origin: FIRST_SEEN,
      row: i + 2,
    });
    const date = r.first_seen_commit_date;
    const known = firstListed.get(r.model);
    if (!known || date < known) firstListed.set(r.model, date);
    const newest = newestIn.get(r.table);
    if (!newest || date > newest) newestIn.set(r.table, date);
  });
  return files.flatMap((table) => {
    const m = TABLE.exec(table.path);
    if (!m) return [];
    const categoriesPath = table.path.replace("table_", "categories_").replace(/\.csv$/, ".json");
    const categories = readJsonFile(categoriesSchema, need(categoriesPath), info.slug);
    return parseRelease({
      source: info.slug,
      release: `${m[1]}-${m[2]}-${m[3]}`,
      table,
      categories,
      links,
      firstListed,
      rowsUntil: newestIn.get(table.path.replace(/^public\//, "")) ?? null,
    });
  });
}

export const livebenchAdapter = {
  info,
  selectFiles: (listing) =>
    listing.filter(
      (p) =>
        TABLE.test(p) ||
        /^public\/categories_\d{4}_\d{2}_\d{2}\.json$/.test(p) ||
        p === LINKS ||
        p === FIRST_SEEN,
    ),
  parse,
} satisfies MetricSourceAdapter;
