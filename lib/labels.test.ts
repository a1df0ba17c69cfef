import { describe, expect, it } from "vitest";
import { labelBoard, labelCategory, orderCategories } from "./labels";

describe("labels", () => {
  it("labels every category a person reads, never a raw slug", () => {
    expect(labelCategory("hard-prompts")).toBe("Hard prompts");
    expect(labelCategory("industry-business-and-management-and-financial-operations")).toBe(
      "Industry: business, management and financial operations",
    );
    expect(labelCategory("industry-mathematical")).toBe("Industry: mathematics");
    expect(labelCategory("chinese")).toBe("Chinese");
    expect(labelCategory("exclude-ties")).toBe("Without ties");
  });

  it("still gives a category no source has published yet a readable label", () => {
    expect(labelCategory("industry-arts-and-design")).toBe("Industry: arts and design");
    expect(labelCategory("occupational-safety")).toBe("Occupational safety");
  });

  it("orders core categories first, then A–Z by label", () => {
    expect(orderCategories(["spanish", "math", "chinese", "overall", "coding"])).toEqual([
      "overall",
      "coding",
      "math",
      "chinese",
      "spanish",
    ]);
  });

  it("names a board", () => {
    expect(labelBoard("text", true)).toBe("Text arena, style control on");
  });
});
