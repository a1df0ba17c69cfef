import { describe, expect, it } from "vitest";
import { summariseYardsticks, type YardstickReading } from "./summarise-yardsticks";

const r = (
  slug: string,
  months: number | null,
  patch: Partial<YardstickReading> = {},
): YardstickReading => ({
  slug,
  shortName: slug.toUpperCase(),
  months,
  openLeads: false,
  censored: false,
  ...patch,
});

describe("summariseYardsticks", () => {
  it("names the largest group within three months and every metric outside it, never an average", () => {
    const out = summariseYardsticks([
      r("eci", 9.2),
      r("gpqa", 7.5),
      r("lb", 4.8),
      r("swe", 6.6),
      r("fm", 12.9),
    ]);
    expect(out.agree).toEqual(["lb", "swe", "gpqa"]);
    expect(out.further).toEqual(["eci", "fm"]);
    expect(out.sentence).toBe(
      "LB, SWE and GPQA agree: open models 4.8–7.5 months behind. Further behind on ECI (9.2 months) and FM (12.9 months).",
    );
  });

  it("reports leads, closer readings and metrics without a gap separately", () => {
    const out = summariseYardsticks([
      r("a", 6),
      r("b", 7),
      r("c", 1),
      r("d", 0, { openLeads: true }),
      r("e", null),
    ]);
    expect(out.sentence).toBe(
      "A and B agree: open models 6.0–7.0 months behind. Closer on C (1.0 months). Open models lead on D. E: no gap to read (one side has no scores).",
    );
  });

  it("says when there is nothing to compare", () => {
    expect(summariseYardsticks([]).sentence).toBe("No metric has both open and closed scores.");
    expect(summariseYardsticks([r("a", 3, { censored: true })]).sentence).toBe(
      "Only A gives a lag on its own: ≥ 3.0 months.",
    );
  });
});
