import { describe, expect, it } from "vitest";
import { resolveLicenceTerms } from "./licence-terms";

describe("resolveLicenceTerms", () => {
  it.each([
    // curated key wins over a vague label
    {
      curated: "mit",
      label: "open",
      cls: "open-restricted",
      name: "MIT",
      commercial: "yes",
      derivatives: "yes",
      osi: true,
      basis: "curated",
    },
    {
      curated: "modified-mit-kimi",
      label: "open",
      cls: "open-restricted",
      name: "Modified MIT (Kimi K2)",
      commercial: "conditions",
      derivatives: "yes",
      osi: false,
      basis: "curated",
    },
    // labels that name one licence exactly
    {
      curated: undefined,
      label: "Llama 3.1 Community",
      cls: "open-restricted",
      name: "Llama 3.1 Community Licence",
      commercial: "conditions",
      derivatives: "conditions",
      osi: false,
      basis: "label",
    },
    {
      curated: undefined,
      label: "Apache 2.0",
      cls: "open-osi",
      name: "Apache 2.0",
      commercial: "yes",
      derivatives: "yes",
      osi: true,
      basis: "label",
    },
    {
      curated: undefined,
      label: "CC-BY-NC-4.0",
      cls: "non-commercial",
      name: "CC BY-NC 4.0",
      commercial: "no",
      derivatives: "conditions",
      osi: false,
      basis: "label",
    },
    {
      curated: undefined,
      label: "MRL",
      cls: "non-commercial",
      name: "Mistral Research Licence",
      commercial: "no",
      derivatives: "conditions",
      osi: false,
      basis: "label",
    },
    // only the class is known: restrictions unknown never count as allowed
    {
      curated: undefined,
      label: "open",
      cls: "open-restricted",
      name: "open",
      commercial: "unknown",
      derivatives: "unknown",
      osi: false,
      basis: "class",
    },
    {
      curated: undefined,
      label: "Proprietary",
      cls: "proprietary",
      name: "Proprietary (API terms)",
      commercial: "yes",
      derivatives: "no",
      osi: false,
      basis: "class",
    },
  ] as const)("$label ($cls, curated $curated) → $name", (c) => {
    const t = resolveLicenceTerms(c.curated, c.label, c.cls);
    expect(t).toMatchObject({
      name: c.name,
      commercial: c.commercial,
      derivatives: c.derivatives,
      osi: c.osi,
      basis: c.basis,
    });
  });
});
