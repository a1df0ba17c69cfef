import { beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { parseSourceFiles } from "../parse-source-files";
import { readSourceDir } from "../read-source-dir";
import { SHARED_DATA_DIR } from "../shared-data-dir";
import type { ModelFact, ParsedSnapshot, SourceFile } from "../types";
import { modelsDevAdapter } from "./index";

let files: SourceFile[];
let snapshots: ParsedSnapshot[];

function factFrom(origin: string): ModelFact {
  const snap = snapshots.find((s) => s.origin === origin);
  if (!snap?.models[0]) throw new Error(`no fact from ${origin}`);
  return snap.models[0];
}

function expectParseError(file: SourceFile, field: string | null, text: RegExp): void {
  const err = expectIngestError(() => modelsDevAdapter.parse(file), file.path, text);
  expect(err.origin).toBe(file.path);
  expect(err.field).toBe(field);
}

beforeAll(async () => {
  files = await readSourceDir(modelsDevAdapter, SHARED_DATA_DIR);
  snapshots = await parseSourceFiles(modelsDevAdapter, files);
});

describe("models-dev on the real catalog", () => {
  it("selects all 231 models/ files and 274 first-party provider files", () => {
    const paths = files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith("models/"))).toHaveLength(231);
    expect(paths.filter((p) => p.startsWith("providers/"))).toHaveLength(274);
    expect(paths).toContain("providers/nvidia/models/nvidia/nemotron-3-super-120b-a12b.toml");
    expect(
      paths.some((p) => /^providers\/(openrouter|togetherai|huggingface|llama|zai)\//.test(p)),
    ).toBe(false);
    expect(paths).not.toContain("providers/nvidia/models/qwen/qwen3.5-397b-a17b.toml");
    expect(paths).not.toContain("providers/openai/provider.toml");
  });

  it("emits one fact per models/ file and one per priced first-party offering, all dated 2026-07-02", () => {
    expect(snapshots).toHaveLength(492);
    expect(snapshots.filter((s) => s.origin.startsWith("models/"))).toHaveLength(231);
    expect(snapshots.every((s) => s.models.length === 1 && s.scores.length === 0)).toBe(true);
    expect(new Set(snapshots.map((s) => s.publishedOn))).toEqual(new Set(["2026-07-02"]));
    expect(new Set(snapshots.map((s) => s.arena))).toEqual(new Set(["text"]));
  });

  it("reads an open-weight model's facts (gpt-oss-120b)", () => {
    expect(factFrom("models/openai/gpt-oss-120b.toml")).toEqual({
      name: "gpt-oss-120b",
      aliases: ["GPT OSS 120B"],
      organization: "OpenAI",
      licence: "Open weights",
      openWeights: true,
      releaseDate: "2025-08-05",
      contextWindow: 131072,
      parametersB: 120,
      activeParametersB: null,
      inputPricePerM: null,
      outputPricePerM: null,
    });
  });

  it("reads a proprietary model and its first-party price from providers/openai (gpt-5)", () => {
    const model = factFrom("models/openai/gpt-5.toml");
    expect(model).toMatchObject({
      name: "gpt-5",
      openWeights: false,
      licence: "Proprietary",
      releaseDate: "2025-08-07",
    });
    const price = factFrom("providers/openai/models/gpt-5.toml");
    expect(price).toMatchObject({
      name: "gpt-5",
      inputPricePerM: 1.25,
      outputPricePerM: 10,
      organization: "OpenAI",
    });
    expect(price).toMatchObject({ licence: null, openWeights: null, releaseDate: null });
  });

  it("keeps a stated licence verbatim (DeepReinforce Ornith, MIT)", () => {
    expect(factFrom("models/deepreinforce/ornith-1.0-35b.toml")).toMatchObject({
      licence: "MIT",
      openWeights: true,
      organization: "DeepReinforce",
      releaseDate: "2026-06-25",
      contextWindow: 262144,
      parametersB: 35,
    });
  });

  it("turns a month-only release date into the first of the month and reads MoE sizes", () => {
    expect(factFrom("models/alibaba/qwen3-235b-a22b.toml")).toMatchObject({
      releaseDate: "2025-04-01",
      parametersB: 235,
      activeParametersB: 22,
    });
    // gpt-image-* write `context = 0`, meaning no text context window.
    expect(factFrom("models/openai/gpt-image-1.toml").contextWindow).toBeNull();
  });

  it("adds display names as aliases only when they name one model", () => {
    expect(factFrom("models/anthropic/claude-opus-4-5-20251101.toml").aliases).toEqual([
      "Claude Opus 4.5",
    ]);
    expect(factFrom("models/anthropic/claude-opus-4-5.toml").aliases).toEqual([]);
    expect(factFrom("models/cohere/command-r-plus-08-2024.toml").aliases).toEqual([]);
    expect(factFrom("models/alibaba/qwen-max.toml").aliases).toEqual([]);
  });

  it("prices each offering under its own id, even when base_model points at a sibling", () => {
    expect(factFrom("providers/moonshotai/models/kimi-k2.7-code-highspeed.toml")).toMatchObject({
      name: "kimi-k2.7-code-highspeed",
      inputPricePerM: 1.9,
      outputPricePerM: 8,
    });
    expect(factFrom("providers/anthropic/models/claude-3-opus-20240229.toml")).toMatchObject({
      inputPricePerM: 15,
      outputPricePerM: 75,
    });
  });
});

describe("models-dev on bad input", () => {
  const model = (text: string): SourceFile => ({ path: "models/openai/test-model.toml", text });
  const good = 'name = "Test 1"\nrelease_date = "2025-01-02"\nopen_weights = false\n';

  it("parses a minimal file", () => {
    const [snap] = modelsDevAdapter.parse(model(good));
    expect(snap?.models[0]).toMatchObject({
      name: "test-model",
      contextWindow: null,
      licence: "Proprietary",
    });
  });

  it("rejects malformed TOML with the line", () => {
    const file = model('name = "Test 1"\nopen_weights = = true\n');
    expectParseError(file, null, /row 2: not valid TOML/);
  });

  it("rejects a non-boolean open_weights", () => {
    expectParseError(
      model(good.replace("open_weights = false", 'open_weights = "yes"')),
      "open_weights",
      /boolean/,
    );
  });

  it("rejects a missing name, a bad release date and a non-numeric context", () => {
    expectParseError(model(good.replace('name = "Test 1"\n', "")), "name", /expected string/);
    expectParseError(model(good.replace("2025-01-02", "2025-13-01")), "release_date", /2025-13-01/);
    expectParseError(model(`${good}[limit]\ncontext = "128k"\n`), "limit.context", /number/);
  });

  it("rejects a non-numeric price", () => {
    const file = {
      path: "providers/openai/models/x.toml",
      text: '[cost]\ninput = "1.25"\noutput = 10\n',
    };
    expectParseError(file, "cost.input", /number/);
  });

  it("attaches prices to the file id when base_model points nowhere, and skips other labs' models", () => {
    const text = 'base_model = "openai/no-such-model"\n[cost]\ninput = 2\noutput = 8\n';
    const [snap] = modelsDevAdapter.parse({ path: "providers/openai/models/gpt-x.toml", text });
    expect(snap?.models[0]).toMatchObject({ name: "gpt-x", inputPricePerM: 2, outputPricePerM: 8 });
    const hosted = text.replace("openai/no-such-model", "deepseek/deepseek-v4-pro");
    expect(
      modelsDevAdapter.parse({ path: "providers/openai/models/gpt-x.toml", text: hosted }),
    ).toEqual([]);
  });
});
