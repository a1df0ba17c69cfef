export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` at `now` (ms), unless the key is over its limit. */
  take(key: string, now?: number): RateDecision;
}

/**
 * At most `limit` requests per key in any `windowMs` (a sliding log of timestamps, in memory:
 * one server process). Keys past `maxKeys` evict the oldest, so a flood of addresses stays bounded.
 */
export function createRateLimiter(opts: {
  limit: number;
  windowMs: number;
  maxKeys?: number;
}): RateLimiter {
  const log = new Map<string, number[]>();
  const maxKeys = opts.maxKeys ?? 10_000;
  return {
    take(key, now = Date.now()) {
      const recent = (log.get(key) ?? []).filter((t) => t > now - opts.windowMs);
      const oldest = recent[0];
      if (recent.length >= opts.limit && oldest !== undefined) {
        log.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.ceil((oldest + opts.windowMs - now) / 1000) };
      }
      log.delete(key);
      log.set(key, [...recent, now]);
      while (log.size > maxKeys) log.delete(log.keys().next().value as string);
      return { ok: true };
    },
  };
}
