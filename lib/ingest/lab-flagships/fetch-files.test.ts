import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import {
  expectHttp500Rejected,
  fetchAndParse,
  status500,
  useMirrorServer,
} from "../http/fetch-test-kit";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { extractChartData } from "./extract-chart-data";
import { labFlagshipsAdapter as adapter } from "./index";

const MIRROR_DIR = path.join(SHARED_DATA_DIR, "ai-arena-history-mayerwin");
const http = createHttpClient(adapter.info.slug);

describe("extractChartData", () => {
  it("cuts out the named literal, ignoring braces inside strings", () => {
    const js = `// generated\nconst CHART_DATA_LATEST = {"B": []};\nconst CHART_DATA_HIGHEST = {"A": [{"model_name": "x}\\"{", "rating": 1}]};\n`;
    expect(extractChartData(js)).toBe('{"A": [{"model_name": "x}\\"{", "rating": 1}]}');
    expect(extractChartData(js, "data.js", "CHART_DATA_LATEST")).toBe('{"B": []}');
  });

  it("rejects a missing declaration, a truncated literal and a literal that is not JSON", () => {
    expectIngestError(() => extractChartData("const OTHER = {};"), "data.js", /no "const/);
    const truncated = 'const CHART_DATA_HIGHEST = {"A": [{"date": "2025-01-01"';
    expectIngestError(() => extractChartData(truncated, "u/data.js"), "u/data.js", "not closed");
    const js = "const CHART_DATA_HIGHEST = {A: [1]};";
    expectIngestError(() => extractChartData(js), "data.js", "not valid JSON");
    expectIngestError(() => extractChartData("const CHART_DATA_HIGHEST = [];"), "object literal");
  });
});

describe("labFlagshipsAdapter.fetchFiles", () => {
  let siteDir: string;
  let highestJson = "";
  beforeAll(async () => {
    // A stand-in for the live site: data.js rebuilt from the mirror's two JSON files.
    siteDir = await mkdtemp(path.join(tmpdir(), "lab-flagships-"));
    const [highest, latest] = await Promise.all(
      ["CHART_DATA_HIGHEST.json", "CHART_DATA_LATEST.json"].map((f) =>
        readFile(path.join(MIRROR_DIR, f), "utf8"),
      ),
    );
    highestJson = highest ?? "";
    const js = `const CHART_DATA_HIGHEST = ${highest?.trim()};\n\nconst CHART_DATA_LATEST = ${latest?.trim()};\n`;
    await writeFile(path.join(siteDir, "data.js"), js);
  });
  afterAll(async () => {
    await rm(siteDir, { recursive: true, force: true });
  });
  // siteDir is read lazily: it exists only once the beforeAll above has run.
  const siteUrl = useMirrorServer({}, () => siteDir);
  const mirrorUrl = useMirrorServer({
    "/broken-json/CHART_DATA_HIGHEST.json": status500,
    "/broken-js/data.js": status500,
  });

  const expectRealChart = (snapshots: ReturnType<typeof adapter.parse>) => {
    expect(snapshots).toHaveLength(214);
    const last = snapshots.at(-1);
    expect(last?.publishedOn).toBe("2026-07-21");
    expect(last?.scores.find((s) => s.model === "gpt-5.4-high")?.rating).toBe(1499.0150524927762);
  };

  it("reads CHART_DATA_HIGHEST.json from a mirror", async () => {
    const base = `${mirrorUrl()}/ai-arena-history-mayerwin/`;
    expectRealChart(await fetchAndParse(adapter, base, ["CHART_DATA_HIGHEST.json"]));
  });

  it("falls back to data.js on the site and cuts out CHART_DATA_HIGHEST", async () => {
    const files = await adapter.fetchFiles(siteUrl(), http);
    expect(files.map((f) => f.path)).toEqual(["CHART_DATA_HIGHEST.json"]);
    // The mirror's file is the literal cut out of data.js plus a newline (SOURCE.md).
    expect(files[0]?.text).toBe(highestJson.trimEnd());
    expectRealChart(files.flatMap((f) => adapter.parse(f)));
  });

  it("rejects HTTP 500 on the JSON file or on data.js, naming the URL", async () => {
    const json = "/broken-json/CHART_DATA_HIGHEST.json";
    await expectHttp500Rejected(adapter, `${mirrorUrl()}/broken-json`, json);
    await expectHttp500Rejected(adapter, `${mirrorUrl()}/broken-js`, "/broken-js/data.js");
  });
});
