import { describe, expect, it } from "vitest";
import { rawParamsKey } from "./raw-params-key";

describe("rawParamsKey", () => {
  it("ignores key order and absent values, keeps repeated values in order", () => {
    expect(rawParamsKey({ b: "2", a: "1", c: undefined })).toBe(rawParamsKey({ a: "1", b: "2" }));
    expect(rawParamsKey({ org: ["x", "y"] })).not.toBe(rawParamsKey({ org: ["y", "x"] }));
    expect(rawParamsKey({ a: "1,2" })).not.toBe(rawParamsKey({ a: ["1", "2"] }));
    expect(rawParamsKey({})).toBe("[]");
  });
});
