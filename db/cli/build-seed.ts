// Rebuilds db/seed/ from the public history in ../shared/data through the same adapters the
// ingest uses. The seed holds derived facts only (names, dates, ratings, licences), never raw files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseSourceFiles } from "@/lib/ingest/parse-source-files";
import { findSourceDirs, listDataDirs, readSourceDir } from "@/lib/ingest/read-source-dir";
import { SOURCE_ADAPTERS } from "@/lib/ingest/registry";
import { encodeSeed } from "@/lib/ingest/seed-format";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import type { ParsedSnapshot } from "@/lib/ingest/types";
import { buildMetricSeeds } from "./build-metric-seeds";

async function main(): Promise<void> {
  const outDir = path.resolve("db", "seed");
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith(".json.gz")) rmSync(path.join(outDir, f));

  const lines = [
    "# Bundled seed: attribution",
    "",
    "Derived by `npm run seed:build` from public leaderboard history. Each file holds the facts our adapters extract (model names, dates, ratings, intervals, votes, organisations, licence labels), not the publishers' files.",
    "",
  ];
  let totalRows = 0;
  let totalBytes = 0;
  for (const adapter of SOURCE_ADAPTERS) {
    if (findSourceDirs(adapter.info, SHARED_DATA_DIR).length === 0) {
      const folders = listDataDirs(adapter.info).join(" or ");
      console.log(`${adapter.info.slug.padEnd(20)} skipped: no ${folders} in ${SHARED_DATA_DIR}`);
      continue;
    }
    const files = await readSourceDir(adapter, SHARED_DATA_DIR);
    const parsed = await parseSourceFiles(adapter, files);
    const seed = encodeSeed(adapter.info, parsed);
    const gz = gzipSync(JSON.stringify(seed), { level: 9 });
    writeFileSync(path.join(outDir, `${adapter.info.slug}.json.gz`), gz);
    const rows = parsed.reduce((n, p) => n + p.scores.length, 0);
    const dates = parsed
      .filter((p) => p.scores.length > 0)
      .map((p) => p.publishedOn)
      .sort();
    totalRows += rows;
    totalBytes += gz.length;
    console.log(
      `${adapter.info.slug.padEnd(20)} ${String(files.length).padStart(4)} files ${String(parsed.length).padStart(4)} snapshots ${String(rows).padStart(7)} rows ${String(gz.length).padStart(8)} bytes  ${dates[0] ?? "-"} … ${dates.at(-1) ?? "-"}`,
    );
    const folders = findSourceDirs(adapter.info, SHARED_DATA_DIR).join(", ");
    lines.push(
      `- **${adapter.info.slug}.json.gz**: ${adapter.info.name}. Publisher: ${adapter.info.publisher}. Data licence: ${adapter.info.dataLicence}. ${adapter.info.homepage}. ${dates.length} rating snapshots, ${dates[0] ?? "-"} to ${dates.at(-1) ?? "-"}, ${rows} ratings${describeCoverage(parsed)}. Read from ${folders}.`,
    );
  }
  const benchmarks = await buildMetricSeeds(outDir);
  lines.push(...benchmarks.lines);
  writeFileSync(path.join(outDir, "ATTRIBUTION.md"), `${lines.join("\n")}\n`);
  console.log(`total: ${totalRows} rows, ${totalBytes} bytes`);
  console.log(`benchmarks: ${benchmarks.rows} scores, ${benchmarks.bytes} bytes`);
}

/** ", coverage: 13 complete, 34 partial", counting rating snapshots only. */
function describeCoverage(parsed: readonly ParsedSnapshot[]): string {
  const counts = new Map<string, number>();
  for (const p of parsed.filter((x) => x.scores.length > 0))
    counts.set(p.coverage, (counts.get(p.coverage) ?? 0) + 1);
  const parts = [...counts].map(([coverage, n]) => `${n} ${coverage}`);
  return parts.length > 0 ? `, coverage: ${parts.join(", ")}` : "";
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
