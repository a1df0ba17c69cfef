import { describe, expect, it } from "vitest";
import { classifyLicence } from "./classify-licence";

// Labels exactly as they occur in ../shared/data (LMArena tables, arena.ai scrape, models.dev).
const CASES: ReadonlyArray<[string | null, string]> = [
  ["Proprietary", "proprietary"],
  ["Propretary", "proprietary"],
  ["N/A", "unknown"],
  ["", "unknown"],
  ["-", "unknown"],
  [null, "unknown"],
  ["Other", "unknown"],
  ["Non-commercial", "non-commercial"],
  ["CC-BY-NC-4.0", "non-commercial"],
  ["CC-BY-NC-SA-4.0", "non-commercial"],
  ["Mistral Research", "non-commercial"],
  ["MRL", "non-commercial"],
  ["Apache 2.0", "open-osi"],
  ["Apache-2.0", "open-osi"],
  ["MIT", "open-osi"],
  ["Modified MIT", "open-restricted"],
  ["Llama 2 Community", "open-restricted"],
  ["Llama 3.1 Community", "open-restricted"],
  ["Llama-3.3", "open-restricted"],
  ["Gemma license", "open-restricted"],
  ["Qianwen LICENSE", "open-restricted"],
  ["Qwen", "open-restricted"],
  ["DeepSeek License", "open-restricted"],
  ["Yi License", "open-restricted"],
  ["Jamba Open", "open-restricted"],
  ["Falcon-180B TII License", "open-restricted"],
  ["AI2 ImpACT Low-risk", "open-restricted"],
  ["DBRX LICENSE", "open-restricted"],
  ["NVIDIA Open Model", "open-restricted"],
  ["NexusFlow", "open-restricted"],
  ["CC-BY-SA 3.0", "open-restricted"],
  ["open", "open-restricted"],
  ["Open weights", "open-restricted"],
  ["proprietary", "proprietary"],
  ["Some New Licence", "unknown"],
];

describe("classifyLicence", () => {
  it.each(CASES)("%j → %s", (label, expected) => {
    expect(classifyLicence(label)).toBe(expected);
  });
});
