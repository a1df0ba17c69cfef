import { describe, expect, it } from "vitest";
import { filterEntries, hasActiveFilter, type EntryFilter } from "./filter-entries";
import { makeEntry } from "./testing/make-entry";

const board = [
  makeEntry({
    name: "Meta-Llama-3.1-405b-Instruct",
    slug: "llama-3.1-405b-instruct",
    organization: "Meta",
    licence: "Llama 3.1 Community",
    licenceClass: "open-restricted",
  }),
  makeEntry({
    name: "GPT-4o-2024-05-13",
    organization: "OpenAI",
    licence: "Proprietary",
    licenceClass: "proprietary",
  }),
  makeEntry({
    name: "Qwen2-72B-Instruct",
    organization: "Alibaba",
    licence: "Apache 2.0",
    licenceClass: "open-osi",
  }),
  makeEntry({ name: "Mystery", organization: null, licence: null }),
];
const none: EntryFilter = { q: "", cls: [], lic: [], org: [] };
const names = (f: Partial<EntryFilter>) =>
  filterEntries(board, { ...none, ...f }).map((e) => e.name);

describe("filterEntries", () => {
  it("searches names case-insensitively, anywhere in the name", () => {
    expect(names({ q: "LLAMA" })).toEqual(["Meta-Llama-3.1-405b-Instruct"]);
    expect(names({ q: " 4o " })).toEqual(["GPT-4o-2024-05-13"]);
    expect(names({ q: "nothing" })).toEqual([]);
  });

  it("filters by licence class, licence slug and organisation slug; lists are alternatives", () => {
    expect(names({ cls: ["open-osi", "open-restricted"] })).toEqual([
      "Meta-Llama-3.1-405b-Instruct",
      "Qwen2-72B-Instruct",
    ]);
    expect(names({ lic: ["apache-2-0"] })).toEqual(["Qwen2-72B-Instruct"]);
    expect(names({ org: ["openai", "meta"] })).toEqual([
      "Meta-Llama-3.1-405b-Instruct",
      "GPT-4o-2024-05-13",
    ]);
  });

  it("combines different filters with AND and drops unknown facts when filtering on them", () => {
    expect(names({ org: ["meta"], cls: ["proprietary"] })).toEqual([]);
    expect(names({ cls: ["unknown"] })).toEqual(["Mystery"]);
    expect(hasActiveFilter(none)).toBe(false);
    expect(hasActiveFilter({ ...none, q: "x" })).toBe(true);
  });
});
