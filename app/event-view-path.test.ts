import { describe, expect, it } from "vitest";
import { toEventViewPath } from "@/lib/events/to-event-view-path";
import { DEFAULT_GAP_PARAMS, serializeGapParams } from "./search-params";

describe("toEventViewPath", () => {
  it("writes the same path as the gap route's own serializer", () => {
    for (const view of [
      { arena: "text", sc: false, cat: "overall", source: "all" },
      { arena: "webdev", sc: false, cat: "overall", source: "arena-ai-daily" },
      { arena: "text", sc: true, cat: "coding", source: "lmarena-dataset" },
      { arena: "vision", sc: true, cat: "industry-mathematical", source: "all" },
    ] as const) {
      expect(toEventViewPath(view)).toBe(
        `/${serializeGapParams({ ...DEFAULT_GAP_PARAMS, ...view })}`,
      );
    }
    expect(toEventViewPath(null)).toBe("/status");
  });
});
