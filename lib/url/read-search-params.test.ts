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
