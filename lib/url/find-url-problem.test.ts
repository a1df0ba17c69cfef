import { describe, expect, it } from "vitest";
import { findUrlProblem, MAX_QUERY_BYTES } from "./find-url-problem";

describe("findUrlProblem", () => {
  it("accepts ordinary links", () => {
    expect(findUrlProblem({ pathname: "/models/deepseek-r1", search: "?cat=coding" })).toBeNull();
    expect(findUrlProblem({ pathname: "/", search: "" })).toBeNull();
  });

  it("answers 414 to a query longer than 8 KB, and not to one of exactly 8 KB", () => {
    const at = `?q=${"a".repeat(MAX_QUERY_BYTES - 2)}`;
    expect(findUrlProblem({ pathname: "/", search: at })).toBeNull();
    const problem = findUrlProblem({ pathname: "/", search: `${at}a` });
    expect(problem?.status).toBe(414);
    expect(problem?.message).toMatch(/8,193 bytes.*at most 8 KB/);
  });

  it("counts a percent-encoded character once, as it arrives decoded", () => {
    const encoded = `?lic=${Array<string>(2_000).fill("zz").join("%2C")}`;
    expect(encoded.length).toBeGreaterThan(MAX_QUERY_BYTES);
    expect(findUrlProblem({ pathname: "/", search: encoded })).toBeNull();
  });

  it("answers 400 to a stray % in a model path", () => {
    const problem = findUrlProblem({ pathname: "/models/gpt-4o%", search: "" });
    expect(problem).toMatchObject({ status: 400, message: expect.stringMatching(/stray %/) });
    expect(findUrlProblem({ pathname: "/models/gpt%204o", search: "" })).toBeNull();
  });
});
