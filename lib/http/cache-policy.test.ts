import { describe, expect, it } from "vitest";
import { cacheKindFor, matchesIfNoneMatch, varyingRequestHeaders } from "./cache-policy";
import { normalizeQuery } from "./normalize-query";

describe("normalizeQuery", () => {
  it("sorts keys so two spellings of one view share a validator", () => {
    expect(normalizeQuery("?cat=coding&arena=text")).toBe(normalizeQuery("?arena=text&cat=coding"));
    expect(normalizeQuery("?cat=coding&arena=text")).toBe("?arena=text&cat=coding");
  });
  it("keeps the order of a repeated key's values, which decides series colours", () => {
    expect(normalizeQuery("?m=b&x=1&m=a")).toBe("?m=b&m=a&x=1");
    expect(normalizeQuery("?m=a&m=b")).not.toBe(normalizeQuery("?m=b&m=a"));
  });
  it("keeps empty and unknown parameters: they may change the page (a notice)", () => {
    expect(normalizeQuery("?cat=")).toBe("?cat=");
    expect(normalizeQuery("?zzz=1")).toBe("?zzz=1");
    expect(normalizeQuery("")).toBe("");
    expect(normalizeQuery("?")).toBe("");
  });
});

describe("cacheKindFor", () => {
  const none = new Headers();
  it("lets shared caches keep pages and data APIs", () => {
    expect(cacheKindFor("GET", "/", none)).toBe("shared");
    expect(cacheKindFor("HEAD", "/api/gap", none)).toBe("shared");
    expect(cacheKindFor("GET", "/api/og/gap", none)).toBe("shared");
  });
  it("never caches live state, admin surfaces or writes", () => {
    expect(cacheKindFor("GET", "/status", none)).toBe("none");
    expect(cacheKindFor("GET", "/api/admin/ingest", none)).toBe("none");
    expect(cacheKindFor("POST", "/", none)).toBe("none");
    expect(cacheKindFor("GET", "/statusx", none)).toBe("shared");
  });
  it("keeps router payload requests private, and their headers in the validator", () => {
    const rsc = new Headers({ rsc: "1", "next-router-state-tree": "abc" });
    expect(cacheKindFor("GET", "/", rsc)).toBe("private");
    expect(varyingRequestHeaders(rsc)).not.toBe(varyingRequestHeaders(none));
  });
});

describe("matchesIfNoneMatch", () => {
  const etag = 'W/"12-abc"';
  it("compares weakly, in lists, and honours *", () => {
    expect(matchesIfNoneMatch('W/"12-abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"12-abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"11-abc", W/"12-abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch("*", etag)).toBe(true);
  });
  it("does not match another version, or no header", () => {
    expect(matchesIfNoneMatch('W/"13-abc"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch("", etag)).toBe(false);
  });
});
