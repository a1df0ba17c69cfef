import { describe, expect, it } from "vitest";
import { labelBoard, labelCategory, orderCategories } from "./labels";

describe("labels", () => {
  it("labels every category a person reads, never a raw slug", () => {
    expect(labelCategory("hard-prompts")).toBe("Hard prompts");
    expect(labelCategory("industry-business-and-management-and-financial-operations")).toBe(
      "Industry: business, management and financial operations",
    );
    expect(labelCategory("industry-mathematical")).toBe("Industry: mathematical");
    expect(labelCategory("chinese")).toBe("Chinese");
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
