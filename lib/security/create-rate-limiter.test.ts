import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./create-rate-limiter";

describe("createRateLimiter", () => {
  it("allows `limit` requests per window, then says when to retry", () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) expect(limiter.take("1.2.3.4", 1_000 + i)).toEqual({ ok: true });
    expect(limiter.take("1.2.3.4", 11_000)).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take("5.6.7.8", 11_000)).toEqual({ ok: true });
    expect(limiter.take("1.2.3.4", 61_001)).toEqual({ ok: true });
  });

  it("does not count refused requests, so waiting is enough", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
    expect(limiter.take("a", 0).ok).toBe(true);
    for (let t = 100; t < 1_000; t += 100) expect(limiter.take("a", t).ok).toBe(false);
    expect(limiter.take("a", 1_000).ok).toBe(true);
  });

  it("keeps at most maxKeys addresses", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    // "a" was evicted, so it starts afresh; "c" is still limited.
    expect(limiter.take("a", 1).ok).toBe(true);
    expect(limiter.take("c", 1).ok).toBe(false);
  });
});
