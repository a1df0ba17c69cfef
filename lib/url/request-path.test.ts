import { describe, expect, it } from "vitest";
import { lastPathSegment } from "./request-path";

describe("lastPathSegment", () => {
  it("decodes the asked-for slug, and keeps broken encoding as typed", () => {
    expect(lastPathSegment("/models/gpt-4o-2024-05")).toBe("gpt-4o-2024-05");
    expect(lastPathSegment("/models/gpt%204o/")).toBe("gpt 4o");
    expect(lastPathSegment("/models/%E0%A4%A")).toBe("%E0%A4%A");
    expect(lastPathSegment("")).toBe("");
  });
});
