import { describe, expect, it } from "vitest";
import { chooseBits, estimateMemory, estimateTuningGb, kvBytesPerToken } from "./estimate-memory";
import { gqa } from "./facts/card";
import { findModelFact } from "./model-facts";

const attention = (slug: string) => findModelFact(slug)?.attention ?? null;

describe("kvBytesPerToken", () => {
  it.each([
    // 2 (K,V) × layers × KV heads × head size × 2 bytes, from each config.json
    ["llama-3.1-70b-instruct", 2 * 80 * 8 * 128 * 2], // 327,680
    ["qwen3-235b-a22b", 2 * 94 * 4 * 128 * 2], // 192,512
    ["gpt-oss-120b", 2 * 36 * 8 * 64 * 2], // 73,728
    // MLA: 61 layers × (512 latent + 64 rope) × 2 bytes
    ["deepseek-v3", 61 * 576 * 2], // 70,272
  ])("%s → %i bytes", (slug, bytes) => {
    const a = attention(slug);
    expect(a).not.toBeNull();
    expect(kvBytesPerToken(a!)).toBe(bytes);
  });
});

describe("estimateMemory (32K context × 4 requests on 80 GB GPUs)", () => {
  const base = { ctx: 32768, conc: 4, gpuMemGb: 80 };
  it.each([
    // weights 141.2 + KV 42.9 = 184.2 GB → 2.6 GPUs of 72 usable → 4 (tensor parallel needs 2^n)
    {
      slug: "llama-3.1-70b-instruct",
      params: 70.6,
      bits: 16,
      weights: 141.2,
      total: 184.15,
      gpus: 4,
    },
    {
      slug: "llama-3.1-70b-instruct",
      params: 70.6,
      bits: 8,
      weights: 70.6,
      total: 113.55,
      gpus: 2,
    },
    // 117.5 + 25.2 = 142.7 GB: just under the 144 GB usable on 2 × 80 GB
    { slug: "qwen3-235b-a22b", params: 235, bits: 4, weights: 117.5, total: 142.73, gpus: 2 },
    { slug: "gpt-oss-120b", params: 117, bits: 4, weights: 58.5, total: 68.16, gpus: 1 },
    // 671 + 9.2 = 680.2 GB → 9.4 GPUs → two 8-GPU nodes
    { slug: "deepseek-v3", params: 671, bits: 8, weights: 671, total: 680.21, gpus: 16 },
  ] as const)("$slug at $bits-bit needs $gpus GPUs", (c) => {
    const m = estimateMemory({
      ...base,
      parametersB: c.params,
      attention: attention(c.slug),
      bits: c.bits,
    });
    expect(m.weightsGb).toBeCloseTo(c.weights, 1);
    expect(m.totalGb).toBeCloseTo(c.total, 1);
    expect(m.gpuCount).toBe(c.gpus);
    expect(m.tensorParallel * m.pipelineParallel).toBe(c.gpus);
    expect(m.attentionAssumed).toBe(false);
  });

  it("assumes a 70B-class attention shape when the config is not on file, and says so", () => {
    const m = estimateMemory({ ...base, parametersB: 80, attention: null, bits: 8 });
    expect(m.kvBytesPerToken).toBe(kvBytesPerToken(gqa(80, 8, 128)));
    expect(m.attentionAssumed).toBe(true);
  });
});

describe("chooseBits", () => {
  const fitsAt = (min: 16 | 8 | 4) => (b: 16 | 8 | 4) => b <= min;
  it.each([
    ["auto, owned GPUs fit 8-bit", "auto", 16, fitsAt(8), 8],
    ["auto, owned GPUs fit 16-bit", "auto", 16, fitsAt(16), 16],
    ["auto, nothing fits: lowest", "auto", 16, () => false, 4],
    ["auto, renting: 8-bit", "auto", 16, null, 8],
    ["auto, renting a 4-bit release", "auto", 4, null, 4],
    ["16-bit asked, FP8 release: no upcast", "16", 8, null, 8],
    ["4-bit asked", "4", 16, null, 4],
  ] as const)("%s", (_label, choice, native, fits, bits) => {
    expect(chooseBits(choice, native, fits)).toBe(bits);
  });
});

describe("estimateTuningGb", () => {
  it.each([
    ["full", 70, 1120], // 16 bytes per parameter
    ["lora", 70, 168], // 2 bytes × 1.2
    ["qlora", 70, 42], // 0.5 bytes × 1.2
  ] as const)("%s on %iB → %i GB", (method, params, gb) => {
    expect(estimateTuningGb(params, method)).toBeCloseTo(gb, 6);
  });
});
