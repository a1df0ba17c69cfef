import { describe, expect, it } from "vitest";
import type { WizardAnswers } from "./answers";
import { buildApiPlan, buildSelfHostPlan } from "./build-deployment-plan";
import { evaluateRoute } from "./evaluate-candidate";
import { sizeServing } from "./size-serving";
import { buildModelProfile } from "./model-facts";
import { makeAnswers, makeRow } from "./testing/fixtures";
import { GEMINI_3_PRO, QWEN3_235B_2507 } from "./testing/models";

const open = (slug: string) => buildModelProfile(makeRow(9, slug, { licenceClass: "open-osi" }));
const plan = (slug: string, a: Partial<WizardAnswers>) => {
  const p = open(slug);
  const answers = makeAnswers(a);
  return buildSelfHostPlan(p, sizeServing(p, answers)!, answers);
};
const command = (steps: ReturnType<typeof plan>, title: string, i = 0) =>
  steps.find((s) => s.title === title)?.commands[i];

describe("buildSelfHostPlan: vLLM command for the chosen model, precision and GPUs", () => {
  it.each([
    // 4-bit on owned 2×80 GB needs an AWQ checkpoint
    [
      "qwen3-235b-a22b-instruct-2507",
      { gpus: 2 },
      "vllm serve <AWQ 4-bit checkpoint of Qwen/Qwen3-235B-A22B-Instruct-2507> --tensor-parallel-size 2 --quantization awq --max-model-len 32768",
    ],
    // renting: 8-bit FP8 quantised on the fly from the 16-bit release
    [
      "llama-3.3-70b-instruct",
      {},
      "vllm serve meta-llama/Llama-3.3-70B-Instruct --tensor-parallel-size 2 --quantization fp8 --max-model-len 32768",
    ],
    // DeepSeek ships FP8: no flag; 680 GB spans two 8-GPU nodes
    [
      "deepseek-r1",
      {},
      "vllm serve deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --pipeline-parallel-size 2 --max-model-len 32768",
    ],
    // gpt-oss ships MXFP4: no flag; 58.5 GB + one 128K request's 9.7 GB KV fits one GPU
    [
      "gpt-oss-120b",
      { assumptions: { ctx: 131072, conc: 1 } as WizardAnswers["assumptions"] },
      "vllm serve openai/gpt-oss-120b --tensor-parallel-size 1 --max-model-len 131072",
    ],
  ] as const)("%s", (slug, a, expected) => {
    expect(command(plan(slug, a as Partial<WizardAnswers>), "Serve")).toBe(expected);
  });

  it("shows what the other precisions would need", () => {
    const serve = plan("qwen3-235b-a22b-instruct-2507", { gpus: 2 }).find(
      (s) => s.title === "Serve",
    );
    // 16-bit: 470 + 25 GB → 8 GPUs; 8-bit: 235 + 25 GB → 4 GPUs
    expect(serve?.text).toBe(
      "2×80 GB at 4-bit, 32,768-token context (or 8×80 GB at 16-bit, 4×80 GB at 8-bit).",
    );
    // FP8 release: 16-bit is not offered
    expect(plan("deepseek-r1", {}).find((s) => s.title === "Serve")?.text).toMatch(
      /^16×80 GB at 8-bit, 32,768-token context \(or 8×80 GB at 4-bit\)\./,
    );
  });

  it("downloads from the official repository and logs in first when it is gated", () => {
    expect(plan("llama-3.3-70b-instruct", {})[0]!.link?.href).toBe(
      "https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct",
    );
    expect(plan("llama-3.3-70b-instruct", {})[0]!.commands).toEqual([
      "huggingface-cli login",
      "huggingface-cli download meta-llama/Llama-3.3-70B-Instruct --local-dir models/Llama-3.3-70B-Instruct",
    ]);
  });

  it("sizes QLoRA, LoRA and full fine-tuning on the GPU class in use", () => {
    const tune = plan("llama-3.3-70b-instruct", { gpus: 2 }).find(
      (s) => s.title === "Fine-tune (optional)",
    )!;
    // 70.6B: QLoRA 42 GB (1 GPU), LoRA 169 GB (3), full 1,130 GB (16)
    expect(tune.text).toContain("QLoRA (4-bit base) needs about 42 GB (1×80 GB)");
    expect(tune.text).toContain("LoRA on the 16-bit base about 169 GB (3×80 GB)");
    expect(tune.text).toContain("full fine-tuning about 1,130 GB (16×80 GB");
    expect(tune.commands[0]).toContain("--use_peft --lora_r 16 --lora_alpha 32 --load_in_4bit");
    expect(tune.commands[1]).toMatch(
      /^accelerate launch --num_processes 8 --use_deepspeed --zero_stage 3/,
    );
  });

  it("benchmarks with the input:output split and states the targets as vLLM reports them", () => {
    const steps = plan("gpt-oss-120b", { speed: 40, tput: 500 });
    const bench = steps.find((s) => s.title === "Benchmark against your targets")!;
    expect(bench.commands[0]).toContain("--random-input-len 1536 --random-output-len 512");
    expect(bench.commands[0]).toContain("--max-concurrency 4");
    expect(bench.text).toBe(
      'Compare "Mean TPOT" at most 25 ms (your 40 tokens/s per request) and "Output token throughput" at least 500 tokens/s.',
    );
  });
});

describe("buildApiPlan", () => {
  it("names the route, the cost and the data-handling caveats", () => {
    const p = buildModelProfile(GEMINI_3_PRO);
    const route = evaluateRoute(p, "api", [], makeAnswers());
    const steps = buildApiPlan(p, route);
    expect(steps.map((s) => s.title)).toEqual([
      "Call the API",
      "Data handling",
      "Benchmark from where you run",
    ]);
    expect(steps[0]!.text).toContain("75M input × $2/M + 25M output × $12/M");
    expect(steps[1]!.text).toMatch(/leave your network/);
  });

  it("reminds that open weights can move in-house later", () => {
    const p = buildModelProfile(QWEN3_235B_2507);
    const steps = buildApiPlan(p, evaluateRoute(p, "api", [], makeAnswers()));
    expect(steps[0]!.text).toContain("self-hosting stays possible later");
  });
});
