import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectIngestError } from "../expect-ingest-error";
import { createHttpClient } from "../http/create-http-client";
import { expectHttp500Rejected, status500, useMirrorServer } from "../http/fetch-test-kit";
import type { SourceFile } from "../types";
import { modelsDevAdapter as adapter } from "./index";
import { parseApiJson } from "./parse-api-json";

interface ApiModel {
  id: string;
  name: string;
  release_date: string;
  open_weights: boolean;
  base_model?: string;
  limit: { context: number; output: number };
  cost?: { input: number; output: number };
}
type ApiJson = Record<string, { id: string; name: string; models: Record<string, ApiModel> }>;

const model = (id: string, name: string, rest: Omit<ApiModel, "id" | "name">): ApiModel => ({
  id,
  name,
  ...rest,
});

// Built from the mirror's TOML files (provider file merged with its base_model, as models.dev does).
const GPT5 = model("gpt-5", "GPT-5", {
  base_model: "openai/gpt-5",
  release_date: "2025-08-07",
  open_weights: false,
  limit: { context: 400_000, output: 128_000 },
  cost: { input: 1.25, output: 10 },
});
const GLM = model("glm-5.1", "GLM-5.1", {
  release_date: "2026-03-27",
  open_weights: false,
  limit: { context: 200_000, output: 131_072 },
  cost: { input: 1.4, output: 4.4 },
});
const API_JSON: ApiJson = {
  openai: { id: "openai", name: "OpenAI", models: { "gpt-5": GPT5 } },
  alibaba: {
    id: "alibaba",
    name: "Alibaba",
    models: {
      "qwen3-235b-a22b": model("qwen3-235b-a22b", "Qwen3 235B-A22B", {
        release_date: "2025-04",
        open_weights: true,
        limit: { context: 131_072, output: 16_384 },
        cost: { input: 0.7, output: 2.8 },
      }),
    },
  },
  nvidia: {
    id: "nvidia",
    name: "Nvidia",
    models: {
      "nvidia/nemotron-3-super-120b-a12b": model(
        "nvidia/nemotron-3-super-120b-a12b",
        "Nemotron 3 Super",
        {
          base_model: "nvidia/nemotron-3-super-120b-a12b",
          release_date: "2026-03-11",
          open_weights: true,
          limit: { context: 262_144, output: 262_144 },
          cost: { input: 0.2, output: 0.8 },
        },
      ),
      "qwen/qwen3.5-397b-a17b": model("qwen/qwen3.5-397b-a17b", "Qwen3.5-397B-A17B", {
        release_date: "2026-02-16",
        open_weights: true,
        limit: { context: 262_144, output: 8_192 },
        cost: { input: 0, output: 0 },
      }),
    },
  },
  zhipuai: { id: "zhipuai", name: "Zhipu AI", models: { "glm-5.1": GLM } },
  // Not makers: zai repeats zhipuai, openrouter resells at its own price.
  zai: { id: "zai", name: "Z.AI", models: { "glm-5.1": GLM } },
  openrouter: { id: "openrouter", name: "OpenRouter", models: { "openai/gpt-5": GPT5 } },
};

const DAY = "2026-05-01";
const http = createHttpClient(adapter.info.slug);
const apiFile = (json: unknown): SourceFile => ({ path: "api.json", text: JSON.stringify(json) });

describe("modelsDevAdapter.fetchFiles on api.json", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "models-dev-"));
    await writeFile(path.join(dir, "api.json"), JSON.stringify(API_JSON));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  // dir is read lazily: it exists only once the beforeAll above has run.
  const serverUrl = useMirrorServer({ "/broken/api.json": status500 }, () => dir);

  it("reads first-party offerings as one dated snapshot of facts", async () => {
    const files = await adapter.fetchFiles(`${serverUrl()}/`, http);
    expect(files.map((f) => f.path)).toEqual(["api.json"]);
    const [snap, ...rest] = files.flatMap((f) => parseApiJson(f, DAY));
    expect(rest).toEqual([]);
    expect(snap).toMatchObject({ arena: "text", publishedOn: DAY, origin: "api.json", scores: [] });
    const names = snap?.models.map((m) => m.name);
    expect(names).toEqual(["gpt-5", "qwen3-235b-a22b", "nemotron-3-super-120b-a12b", "glm-5.1"]);
    expect(snap?.models[0]).toEqual({
      name: "gpt-5",
      aliases: ["GPT-5"],
      organization: "OpenAI",
      licence: "Proprietary",
      openWeights: false,
      releaseDate: "2025-08-07",
      contextWindow: 400_000,
      parametersB: null,
      activeParametersB: null,
      inputPricePerM: 1.25,
      outputPricePerM: 10,
    });
    expect(snap?.models[1]).toMatchObject({ releaseDate: "2025-04-01", parametersB: 235 });
    expect(snap?.models[1]).toMatchObject({ activeParametersB: 22, licence: "Open weights" });
    expect(snap?.models[2]).toMatchObject({
      organization: "NVIDIA",
      aliases: ["Nemotron 3 Super"],
    });
    expect(snap?.models[3]).toMatchObject({ organization: "Zhipu AI", inputPricePerM: 1.4 });
  });

  it("dates a live read by the day it is parsed", async () => {
    const before = new Date().toISOString().slice(0, 10);
    const [snap] = (await adapter.fetchFiles(serverUrl(), http)).flatMap((f) => adapter.parse(f));
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(snap?.publishedOn);
  });

  it("rejects api.json answering HTTP 500, naming its URL", async () => {
    await expectHttp500Rejected(adapter, `${serverUrl()}/broken`, "/broken/api.json");
  });
});

describe("parseApiJson on bad input", () => {
  const withOpenai = (models: Record<string, unknown>) => ({
    ...API_JSON,
    openai: { id: "openai", name: "OpenAI", models },
  });

  it("rejects a non-boolean open_weights in a first-party entry, naming provider, row and field", () => {
    const bad = withOpenai({ "gpt-5": GPT5, "gpt-x": { ...GPT5, open_weights: "no" } });
    const run = () => parseApiJson(apiFile(bad), DAY);
    expectIngestError(run, "api.json", "row 2", 'field "open_weights"', 'model "gpt-x"');
  });

  it("ignores malformed reseller entries but rejects a provider without models", () => {
    const reseller = { ...API_JSON, openrouter: { models: { x: { name: 1 } } } };
    expect(parseApiJson(apiFile(reseller), DAY)[0]?.models).toHaveLength(4);
    const bare = { ...API_JSON, openai: { id: "openai" } };
    expectIngestError(() => parseApiJson(apiFile(bare), DAY), 'field "openai.models"');
  });

  it("rejects invalid JSON, no first-party models and a model under two makers", () => {
    expectIngestError(() => parseApiJson({ path: "api.json", text: "{" }, DAY), "not valid JSON");
    const none = { openrouter: API_JSON.openrouter };
    expectIngestError(() => parseApiJson(apiFile(none), DAY), "empty table");
    const twice = {
      ...API_JSON,
      anthropic: { models: { "gpt-5": { ...GPT5, base_model: undefined } } },
    };
    expectIngestError(() => parseApiJson(apiFile(twice), DAY), 'duplicate model "gpt-5"');
  });
});
