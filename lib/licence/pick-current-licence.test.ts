import { describe, expect, it } from "vitest";
import { classifyLicence } from "./classify-licence";
import { pickCurrentLicence, type LicenceStatement } from "./pick-current-licence";

const st = (
  licence: string,
  source: string,
  firstSeenOn: string,
  extra: Partial<LicenceStatement> = {},
): LicenceStatement => ({
  licence,
  source,
  firstSeenOn,
  licenceClass: classifyLicence(licence),
  priority: 1,
  isCatalog: false,
  ...extra,
});

describe("pickCurrentLicence", () => {
  it("keeps a specific licence over a later vague 'open' (GLM-4.6: MIT, then arena.ai's open)", () => {
    const out = pickCurrentLicence([
      st("MIT", "lmarena", "2025-10-01"),
      st("open", "arena-ai", "2026-04-01"),
    ]);
    expect(out).toEqual({ licence: "MIT", licenceClass: "open-osi", conflicts: [] });
  });

  it("ranks a bare 'Non-commercial' above 'open' and below a named licence", () => {
    expect(
      pickCurrentLicence([
        st("Non-commercial", "hf", "2023-06-19"),
        st("open", "arena-ai", "2026-07-13"),
      ]),
    ).toMatchObject({ licence: "Non-commercial", licenceClass: "non-commercial" });
    expect(
      pickCurrentLicence([
        st("CC-BY-NC-4.0", "hf", "2023-06-19"),
        st("Non-commercial", "x", "2026-01-01"),
      ]),
    ).toMatchObject({ licence: "CC-BY-NC-4.0" });
  });

  it("never lets 'N/A' decide, and lists conflicts between specific statements", () => {
    const out = pickCurrentLicence([
      st("Apache 2.0", "catalog-board", "2025-05-01"),
      st("Proprietary", "dataset", "2026-07-01"),
      st("N/A", "other", "2026-08-01"),
    ]);
    expect(out.licenceClass).toBe("proprietary");
    expect(out.conflicts).toEqual(["Apache 2.0 (catalog-board)", "Proprietary (dataset)"]);
  });

  it("lets a catalog's derived 'Proprietary' decide only when nothing better is said", () => {
    const catalog = st("Proprietary", "models-dev", "2026-07-02", { isCatalog: true });
    expect(pickCurrentLicence([catalog, st("open", "arena-ai", "2026-04-01")]).licenceClass).toBe(
      "open-restricted",
    );
    expect(pickCurrentLicence([catalog]).licenceClass).toBe("proprietary");
  });
});
