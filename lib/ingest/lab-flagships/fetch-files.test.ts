import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import { startTestServer } from "../http/start-test-server";
import { IngestError } from "../ingest-error";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import { extractChartData } from "./extract-chart-data";
import { labFlagshipsAdapter as adapter } from "./index";

const MIRROR_DIR = path.join(SHARED_DATA_DIR, "ai-arena-history-mayerwin");
const http = createHttpClient(adapter.info.slug);

const status500 = (_req: unknown, res: ServerResponse) => res.writeHead(500).end("boom");

async function rejectionOf(run: Promise<unknown>): Promise<IngestError> {
  const caught: unknown = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(IngestError);
  return caught as IngestError;
}

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
  let mirror: Awaited<ReturnType<typeof startTestServer>>;
  let site: Awaited<ReturnType<typeof startTestServer>>;
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
    mirror = await startTestServer(SHARED_DATA_DIR, {
      "/broken-json/CHART_DATA_HIGHEST.json": status500,
      "/broken-js/data.js": status500,
    });
    site = await startTestServer(siteDir);
  });
  afterAll(async () => {
    await Promise.all([mirror.close(), site.close()]);
    await rm(siteDir, { recursive: true, force: true });
  });

  const expectRealChart = (snapshots: ReturnType<typeof adapter.parse>) => {
    expect(snapshots).toHaveLength(214);
    const last = snapshots.at(-1);
    expect(last?.publishedOn).toBe("2026-07-21");
    expect(last?.scores.find((s) => s.model === "gpt-5.4")?.rating).toBe(1499.0150524927762);
  };

  it("reads CHART_DATA_HIGHEST.json from a mirror", async () => {
    const files = await adapter.fetchFiles(`${mirror.url}/ai-arena-history-mayerwin/`, http);
    expect(files.map((f) => f.path)).toEqual(["CHART_DATA_HIGHEST.json"]);
    expectRealChart(files.flatMap((f) => adapter.parse(f)));
  });

  it("falls back to data.js on the site and cuts out CHART_DATA_HIGHEST", async () => {
    const files = await adapter.fetchFiles(site.url, http);
    expect(files.map((f) => f.path)).toEqual(["CHART_DATA_HIGHEST.json"]);
    // The mirror's file is the literal cut out of data.js plus a newline (SOURCE.md).
    expect(files[0]?.text).toBe(highestJson.trimEnd());
    expectRealChart(files.flatMap((f) => adapter.parse(f)));
  });

  it("rejects HTTP 500 on the JSON file or on data.js, naming the URL", async () => {
    const json = await rejectionOf(adapter.fetchFiles(`${mirror.url}/broken-json`, http));
    expect(json.message).toContain(`${mirror.url}/broken-json/CHART_DATA_HIGHEST.json`);
    const js = await rejectionOf(adapter.fetchFiles(`${mirror.url}/broken-js`, http));
    expect(js.message).toContain(`${mirror.url}/broken-js/data.js`);
    expect(js.message).toContain("HTTP 500");
  });
});
