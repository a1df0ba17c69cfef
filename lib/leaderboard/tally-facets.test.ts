import { describe, expect, it } from "vitest";
import { tallyFacets } from "./tally-facets";
import { makeEntry } from "./testing/make-entry";

describe("tallyFacets", () => {
  it("groups spellings of one licence under its slug and counts classes", () => {
    const facets = tallyFacets([
      makeEntry({
        name: "A",
        licence: "Apache 2.0",
        licenceClass: "open-osi",
        organization: "Alibaba",
      }),
      makeEntry({
        name: "B",
        licence: "Apache-2.0",
        licenceClass: "open-osi",
        organization: "Alibaba",
      }),
      makeEntry({
        name: "C",
        licence: "Proprietary",
        licenceClass: "proprietary",
        organization: "OpenAI",
      }),
    ]);
    expect(facets.licences).toEqual([
      { slug: "apache-2-0", label: "Apache 2.0", count: 2, licenceClass: "open-osi" },
      { slug: "proprietary", label: "Proprietary", count: 1, licenceClass: "proprietary" },
    ]);
    expect(facets.organizations.map((o) => [o.slug, o.count])).toEqual([
      ["alibaba", 2],
      ["openai", 1],
    ]);
    expect(facets.classes).toMatchObject({ "open-osi": 2, proprietary: 1, unknown: 0 });
  });
});
