import { describe, expect, it } from "vitest";
import { readSearchParams } from "./read-search-params";

const read = (query: string) => readSearchParams(new URLSearchParams(query));

describe("readSearchParams", () => {
  it("keeps single keys as strings and repeated keys as arrays", () => {
    expect(read("cat=coding&open=open-osi&open=unknown&sc=").raw).toEqual({
      cat: "coding",
      open: ["open-osi", "unknown"],
      sc: "",
    });
  });

  it("reads a key repeated with one value once", () => {
    const query = Array.from({ length: 5_000 }, () => "open=zz").join("&");
    expect(read(`${query}&open=open-osi`).raw).toEqual({ open: ["zz", "open-osi"] });
    expect(read("cat=x&cat=x").raw).toEqual({ cat: "x" });
  });

  it("defaults the format to json when missing, empty or repeated", () => {
    expect(read("").format).toBe("json");
    expect(read("format=").format).toBe("json");
    expect(read("format=csv&format=xml").format).toBe("json");
  });

  it("accepts csv", () => {
    expect(read("format=csv")).toMatchObject({ format: "csv", formatIssue: null });
  });

  it("reports any other format with the valid values", () => {
    expect(read("format=xml")).toMatchObject({
      format: null,
      formatIssue: {
        key: "format",
        value: "xml",
        message: 'Unknown format "xml". Valid: json, csv.',
      },
    });
  });
});
