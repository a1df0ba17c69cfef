import { describe, expect, it } from "vitest";
import { NOTABLE_RELEASES } from "./notable-releases";

describe("NOTABLE_RELEASES", () => {
  it("holds real calendar dates from 2023-03 to 2025-08, oldest first", () => {
    const dates = NOTABLE_RELEASES.map((r) => r.date);
    for (const d of dates) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]! >= "2023-03-01" && dates.at(-1)! <= "2025-08-31").toBe(true);
  });

  it("cites an https announcement for every release and lists each label once", () => {
    for (const r of NOTABLE_RELEASES) expect(r.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    const labels = NOTABLE_RELEASES.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("marks the open-weight releases named in the brief", () => {
    const open = (label: string) => NOTABLE_RELEASES.find((r) => r.label === label)?.open;
    expect(open("Llama 3.1 405B")).toBe(true);
    expect(open("DeepSeek-R1")).toBe(true);
    expect(open("gpt-oss")).toBe(true);
    expect(open("GPT-5")).toBe(false);
    expect(NOTABLE_RELEASES.find((r) => r.label === "GPT-4")?.date).toBe("2023-03-14");
  });
});
