import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { encodeMetricSeed } from "@/lib/ingest/metric-seed-format";
import { findSourceDirs, listDataDirs, readSourceDir } from "@/lib/ingest/read-source-dir";
import { METRIC_ADAPTERS } from "@/lib/ingest/registry";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";

/**
 * Writes one seed file per benchmark source into `outDir` and returns its ATTRIBUTION.md lines
 * (licence and non-commercial status included) with the totals for the summary.
 */
export async function buildMetricSeeds(
  outDir: string,
): Promise<{ lines: string[]; rows: number; bytes: number }> {
  const lines = ["", "## Benchmark sources", ""];
  let rows = 0;
  let bytes = 0;
  for (const adapter of METRIC_ADAPTERS) {
    const folders = findSourceDirs(adapter.info, SHARED_DATA_DIR);
    if (folders.length === 0) {
      const want = listDataDirs(adapter.info).join(" or ");
      console.log(`${adapter.info.slug.padEnd(20)} skipped: no ${want} in ${SHARED_DATA_DIR}`);
      continue;
    }
    const parsed = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
    const gz = gzipSync(JSON.stringify(encodeMetricSeed(adapter.info, parsed)), { level: 9 });
    writeFileSync(path.join(outDir, `${adapter.info.slug}.json.gz`), gz);
    const n = parsed.reduce((k, e) => k + e.scores.length, 0);
    const metrics = [...new Set(parsed.map((e) => e.metric.slug))];
    const exportDates = [...new Set(parsed.map((e) => e.exportedOn))].sort();
    rows += n;
    bytes += gz.length;
    console.log(
      `${adapter.info.slug.padEnd(20)} ${String(parsed.length).padStart(4)} exports ${String(n).padStart(7)} scores ${String(gz.length).padStart(8)} bytes`,
    );
    const nc = adapter.info.nonCommercial ? " **Non-commercial use only.**" : "";
    lines.push(
      `- **${adapter.info.slug}.json.gz**: ${adapter.info.name}. Publisher: ${adapter.info.publisher}. Data licence: ${adapter.info.dataLicence}.${nc} Credit: ${adapter.info.attribution}. ${adapter.info.homepage}. ${plural(metrics.length, "metric")} (${metrics.join(", ")}), ${exportDates.length === 1 ? `exported ${exportDates[0] ?? "-"}` : `${exportDates.length} exports dated ${exportDates[0] ?? "-"} to ${exportDates.at(-1) ?? "-"}`}, ${n} scores. Read from ${folders.join(", ")}.`,
    );
  }
  return { lines, rows, bytes };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
