import { describe, expect, it } from "vitest";
import { formatCsvCell } from "./format-csv-cell";

describe("formatCsvCell", () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", `"'\r=1"`],
  ])("neutralises the formula %j", (input, cell) => {
    expect(formatCsvCell(input)).toBe(cell);
  });

  it("keeps numbers, booleans and ordinary text as they are", () => {
    expect(formatCsvCell(-3.5)).toBe("-3.5");
    expect(formatCsvCell(1262)).toBe("1262");
    expect(formatCsvCell(false)).toBe("false");
    expect(formatCsvCell("Meta-Llama-3.1-405b-Instruct")).toBe("Meta-Llama-3.1-405b-Instruct");
    expect(formatCsvCell("2024-08-01")).toBe("2024-08-01");
  });

  it("leaves unknown values blank and quotes commas, quotes and line breaks", () => {
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
    expect(formatCsvCell("Llama 3.1, Community")).toBe('"Llama 3.1, Community"');
    expect(formatCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvCell("two\nlines")).toBe('"two\nlines"');
  });
});
