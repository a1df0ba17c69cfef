import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import type { ParsedMetricExport } from "../metric-types";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { SourceFile } from "../types";
import { sweBenchAdapter as adapter } from "./index";

let parsed: ParsedMetricExport[];
beforeAll(async () => {
  parsed = adapter.parse(await readSourceDir(adapter, SHARED_DATA_DIR));
});

describe("swe-bench on the real leaderboards", () => {
  it("reads Verified, bash-only and Lite with the site's open-model flag, non-commercial data", () => {
    expect(parsed.map((e) => [e.metric.slug, e.scores.length, e.exportedOn])).toEqual([
      ["swe-bench-verified", 162, "2025-12-10"],
      ["swe-bench-bash-only", 31, "2025-12-10"],
      ["swe-bench-lite", 84, "2025-12-10"],
    ]);
    expect(adapter.info.nonCommercial).toBe(true);
    expect(adapter.info.dataLicence).toMatch(/CC BY-NC 4\.0/);
  });

  it("dates bash-only entries by the model's release and keeps the model id for identity", () => {
    const bash = parsed[1]?.scores ?? [];
    // leaderboards.csv: bash-only, Claude 4.5 Opus medium (20251101), submitted 2025-11-24, 74.4;
    // model_release_dates.csv: claude-opus-4-5-20251101 released 2025-11-24.
    expect(bash.find((s) => s.model === "claude-opus-4-5-20251101")).toMatchObject({
      name: "Claude 4.5 Opus medium (20251101)",
      score: 74.4,
      date: "2025-11-24",
      dateBasis: "release",
      openness: "closed",
    });
    // Minimax M2: released 2025-10-27, submitted 2025-11-24, os_model True.
    expect(bash.find((s) => s.model === "minimax-m2")).toMatchObject({
      score: 61,
      date: "2025-10-27",
      openness: "open",
    });
  });

  it("dates Verified entries (agent systems) by submission", () => {
    const verified = parsed[0]?.scores ?? [];
    expect(verified.every((s) => s.dateBasis === "submission")).toBe(true);
    expect(verified.filter((s) => s.openness === "open")).toHaveLength(30);
  });
});

describe("swe-bench on bad input", () => {
  const releases: SourceFile = {
    path: "model_release_dates.csv",
    text: "model_id,release_date,source_comment\nm,2025-01-01,x\n",
  };
  const board = (row: string): SourceFile => ({
    path: "leaderboards.csv",
    text: `leaderboard,name,date,resolved,os_model,os_system,checked,cost,instance_cost,instance_calls,mini-swe-agent_version,folder,site,tags,warning\n${row}\n`,
  });
  it("names file, row and field of a bad flag or a missing score", () => {
    expectIngestError(
      () =>
        adapter.parse([releases, board("Verified,A,2025-02-01,50,yes,True,,,,,,f1,,Model: m,")]),
      "leaderboards.csv",
      "row 2",
      'field "os_model"',
    );
    expectIngestError(
      () => adapter.parse([releases, board("Verified,A,2025-02-01,,True,True,,,,,,f1,,Model: m,")]),
      'field "resolved"',
    );
  });
});
