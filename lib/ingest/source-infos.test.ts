import { describe, expect, it } from "vitest";
import { SOURCE_ADAPTERS } from "./registry";
import { SOURCE_INFOS } from "./source-infos";

describe("SOURCE_INFOS", () => {
  it("is the registry's metadata, in the registry's order", () => {
    expect(SOURCE_INFOS).toEqual(SOURCE_ADAPTERS.map((a) => a.info));
  });

  it("says a source is live exactly when its adapter can fetch", () => {
    for (const a of SOURCE_ADAPTERS)
      expect(Boolean(a.info.live), a.info.slug).toBe(Boolean(a.fetchFiles));
  });
});
