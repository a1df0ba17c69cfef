import { describe, expect, it } from "vitest";
import { firstValue, isIsoDate, joinedValues, listValid, listValues } from "./param-values";

describe("URL parameter readers", () => {
  it("reads single, repeated and absent keys", () => {
    expect(firstValue([" a ", "b"])).toBe("a");
    expect(firstValue(undefined)).toBe("");
    expect(joinedValues(["a", "b"])).toBe("a,b");
    expect(listValues("a, ,b")).toEqual(["a", "b"]);
    expect(listValues(["a", "b,c"])).toEqual(["a", "b", "c"]);
    expect(listValues(["zz", ...Array<string>(5_000).fill("zz,zz")])).toEqual(["zz"]);
  });

  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2024-02-30")).toBe(false);
    expect(isIsoDate("2024-13-45")).toBe(false);
    expect(isIsoDate("20240801")).toBe(false);
  });

  it("shortens long lists of valid values", () => {
    expect(listValid(["a", "b"])).toBe("a, b");
    expect(listValid(Array.from({ length: 20 }, (_, i) => `v${i}`))).toMatch(
      /v14, … \(20 in all\)$/,
    );
  });
});
