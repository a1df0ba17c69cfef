import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeMetricSeed } from "@/lib/ingest/metric-seed-format";
import { readSourceDir } from "@/lib/ingest/read-source-dir";
import { METRIC_ADAPTERS } from "@/lib/ingest/registry";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";
import { hashMetricExport } from "./write-metric-export";

describe("hashMetricExport", () => {
  it("does not depend on the order an object's fields were built in", async () => {
    const adapter = METRIC_ADAPTERS.find((a) => a.info.slug === "livebench");
    if (!adapter) throw new Error("no livebench adapter");
    const [ex] = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
    if (!ex) throw new Error("no LiveBench export parsed");
    const reordered = {
      ...ex,
      scores: ex.scores.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s),
    };
    expect(hashMetricExport(reordered)).toBe(hashMetricExport(ex));
    const changed = { ...ex, scores: ex.scores.map((s, i) => (i ? s : { ...s, score: 1 })) };
    expect(hashMetricExport(changed)).not.toBe(hashMetricExport(ex));
  });

  // A first ingest after a seed must find every bundled export unchanged, or it rewrites them
  // (and each rewrite is a commit that invalidates every reader's cache).
  it.each(METRIC_ADAPTERS.map((a) => a.info.slug))(
    "%s: the bundled seed and the raw files hash alike",
    async (slug) => {
      const adapter = METRIC_ADAPTERS.find((a) => a.info.slug === slug);
      if (!adapter) throw new Error(slug);
      const seedFile = path.join(__dirname, "..", "seed", `${slug}.json.gz`);
      const seed = decodeMetricSeed(
        JSON.parse(gunzipSync(readFileSync(seedFile)).toString("utf8")),
      );
      const parsed = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
      const key = (e: { metric: { slug: string }; label: string }) => `${e.metric.slug}|${e.label}`;
      const fromFiles = new Map(parsed.map((e) => [key(e), hashMetricExport(e)]));
      expect(seed.exports.length).toBe(parsed.length);
      for (const e of seed.exports) expect(hashMetricExport(e), key(e)).toBe(fromFiles.get(key(e)));
    },
  );
});
