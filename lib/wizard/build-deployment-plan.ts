import type { WizardAnswers } from "./answers";
import { estimateMemory, estimateTuningGb, type Bits } from "./estimate-memory";
import type { RouteResult } from "./evaluate-candidate";
import type { Serving } from "./size-serving";
import { GPU_MEMORY_UTILISATION } from "./gpu-classes";
import type { ModelProfile } from "./types";

export interface PlanStep {
  title: string;
  text: string;
  link?: { href: string; label: string };
  commands: string[];
}

/** Output tokens per benchmark request; the input length follows the input:output split. */
export const BENCH_OUTPUT_TOKENS = 512;

/** The standard open-weight workflow (get, convert, fine-tune, serve, benchmark), filled in. */
export function buildSelfHostPlan(p: ModelProfile, s: Serving, a: WizardAnswers): PlanStep[] {
  const repo = p.hfRepo ?? "<official-repo>";
  const dir = `models/${repo.split("/").pop()}`;
  const m = s.memory;
  const needsAwq = m.bits === 4 && p.nativeBits !== 4;
  const serveRepo = needsAwq ? `<AWQ 4-bit checkpoint of ${repo}>` : repo;
  const quantFlag = needsAwq ? "awq" : m.bits === 8 && p.nativeBits === 16 ? "fp8" : null;
  const { ctx, conc, split } = a.assumptions;

  const tune = (["qlora", "lora", "full"] as const).map((method) => {
    const gb = estimateTuningGb(p.parametersB ?? 0, method);
    return { method, gb, gpus: Math.ceil(gb / (s.gpuClass * GPU_MEMORY_UTILISATION)) };
  });
  const [qlora, lora, full] = tune as [(typeof tune)[0], (typeof tune)[0], (typeof tune)[0]];
  const inputLen = Math.round((BENCH_OUTPUT_TOKENS * split[0]) / split[1]);
  const targets = [
    a.speed != null
      ? `"Mean TPOT" at most ${Math.round(1000 / a.speed)} ms (your ${a.speed} tokens/s per request)`
      : null,
    a.tput != null ? `"Output token throughput" at least ${a.tput} tokens/s` : null,
  ].filter(Boolean);

  return [
    {
      title: "Get the weights",
      text: p.hfRepo
        ? `From the official repository${p.gated ? ", which is gated: accept the licence on its page and log in first" : ""}:`
        : `The official repository is not on file: take it from ${p.organization ?? "the publisher"}'s Hugging Face page.`,
      ...(p.hfRepo
        ? {
            link: {
              href: `https://huggingface.co/${p.hfRepo}`,
              label: `huggingface.co/${p.hfRepo}`,
            },
          }
        : {}),
      commands: [
        ...(p.gated ? ["huggingface-cli login"] : []),
        `huggingface-cli download ${repo} --local-dir ${dir}`,
      ],
    },
    {
      title: "Convert if needed",
      text:
        (needsAwq
          ? "vLLM serves 4-bit from an AWQ (or GPTQ) checkpoint: use a published one or quantise with llm-compressor. "
          : "vLLM and text-generation-inference load the transformers (safetensors) checkpoint as it is: no conversion. ") +
        "For llama.cpp (CPU, Apple silicon, a single small GPU), convert to GGUF and quantise:",
      commands: [
        `python convert_hf_to_gguf.py ${dir} --outfile ${dir}-f16.gguf --outtype f16`,
        `llama-quantize ${dir}-f16.gguf ${dir}-Q4_K_M.gguf Q4_K_M`,
      ],
    },
    {
      title: "Fine-tune (optional)",
      text:
        `QLoRA (4-bit base) needs about ${gb(qlora.gb)} (${qlora.gpus}×${s.gpuClass} GB), LoRA on the 16-bit base about ${gb(lora.gb)} (${lora.gpus}×${s.gpuClass} GB), ` +
        `full fine-tuning about ${gb(full.gb)} (${full.gpus}×${s.gpuClass} GB, DeepSpeed ZeRO-3 to shard it). ` +
        `Licence on derivatives: ${p.licenceTerms.name}: ${p.licenceTerms.note}`,
      commands: [
        `trl sft --model_name_or_path ${repo} --dataset_name <your-dataset> --use_peft --lora_r 16 --lora_alpha 32 --load_in_4bit --output_dir out/qlora`,
        `accelerate launch --num_processes ${Math.min(8, Math.max(2, full.gpus))} --use_deepspeed --zero_stage 3 -m trl.scripts.sft --model_name_or_path ${repo} --dataset_name <your-dataset> --output_dir out/full`,
      ],
    },
    {
      title: "Serve",
      text: `${m.gpuCount}×${s.gpuClass} GB at ${m.bits}-bit, ${ctx.toLocaleString("en-US")}-token context${describeOtherPrecisions(p, s, a)}.${m.pipelineParallel > 1 ? " Past one 8-GPU node vLLM needs a Ray cluster; text-generation-inference shards within one node only." : ""}`,
      commands: [
        [
          `vllm serve ${serveRepo}`,
          `--tensor-parallel-size ${m.tensorParallel}`,
          m.pipelineParallel > 1 ? `--pipeline-parallel-size ${m.pipelineParallel}` : "",
          quantFlag ? `--quantization ${quantFlag}` : "",
          `--max-model-len ${ctx}`,
        ]
          .filter(Boolean)
          .join(" "),
        `docker run --gpus all --shm-size 1g -p 8080:80 -v $PWD/models:/data ghcr.io/huggingface/text-generation-inference:latest --model-id ${serveRepo} --num-shard ${m.tensorParallel}${quantFlag ? ` --quantize ${quantFlag}` : ""} --max-total-tokens ${ctx}`,
      ],
    },
    {
      title: "Benchmark against your targets",
      text: targets.length
        ? `Compare ${targets.join(" and ")}.`
        : "No latency or throughput target set: read TTFT, TPOT and output throughput to size replicas.",
      commands: [
        `vllm bench serve --backend openai-chat --endpoint /v1/chat/completions --model ${serveRepo} --dataset-name random --random-input-len ${inputLen} --random-output-len ${BENCH_OUTPUT_TOKENS} --num-prompts 200 --max-concurrency ${conc}`,
      ],
    },
  ];
}

/** The managed route: who to call, what it costs, what happens to the data. */
export function buildApiPlan(p: ModelProfile, route: RouteResult): PlanStep[] {
  return [
    {
      title: "Call the API",
      text: `Through ${p.organization ?? "the provider"}'s API or a cloud marketplace that resells it. ${route.costDetail}.${p.openWeights ? " The weights are open, so self-hosting stays possible later." : ""}`,
      commands: [],
    },
    {
      title: "Data handling",
      text: "Prompts and outputs leave your network. Check the provider's retention period and whether API data may be used for training, pick a data region if residency matters, and sign its data processing agreement; enterprise tiers often offer zero data retention.",
      commands: [],
    },
    {
      title: "Benchmark from where you run",
      text: "Latency depends on the provider's load and your region. Any OpenAI-compatible endpoint can be measured with vLLM's client:",
      commands: [
        `vllm bench serve --backend openai-chat --base-url <provider-endpoint> --endpoint /v1/chat/completions --model <provider-model-id> --dataset-name random --num-prompts 50`,
      ],
    },
  ];
}

/** The same model at the other published precisions, so the quality/GPU trade-off is visible. */
function describeOtherPrecisions(p: ModelProfile, s: Serving, a: WizardAnswers): string {
  const others = ([16, 8, 4] as const).filter((b) => b <= p.nativeBits && b !== s.memory.bits);
  const { ctx, conc } = a.assumptions;
  const parts = others.map((bits: Bits) => {
    const m = estimateMemory({
      parametersB: p.parametersB ?? 0,
      attention: p.attention,
      bits,
      ctx,
      conc,
      gpuMemGb: s.gpuClass,
    });
    return `${m.gpuCount}×${s.gpuClass} GB at ${bits}-bit`;
  });
  return parts.length ? ` (or ${parts.join(", ")})` : "";
}

const gb = (n: number) => `${Math.round(n).toLocaleString("en-US")} GB`;
