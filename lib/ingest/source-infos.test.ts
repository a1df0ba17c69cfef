import { describe, expect, it } from "vitest";
import { METRIC_ADAPTERS, SOURCE_ADAPTERS } from "./registry";
import { METRIC_SOURCE_INFOS, SOURCE_INFOS } from "./source-infos";

describe("SOURCE_INFOS", () => {
  it("is the registry's metadata, in the registry's order", () => {
    expect(SOURCE_INFOS).toEqual(SOURCE_ADAPTERS.map((a) => a.info));
  });

  it("lists the benchmark sources as METRIC_ADAPTERS does", () => {
    expect(METRIC_SOURCE_INFOS).toEqual(METRIC_ADAPTERS.map((a) => a.info));
  });

  it("says a source is live exactly when its adapter can fetch", () => {
    for (const a of SOURCE_ADAPTERS)
      expect(Boolean(a.info.live), a.info.slug).toBe(Boolean(a.fetchFiles));
  });
});
