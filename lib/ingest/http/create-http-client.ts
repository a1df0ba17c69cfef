import { IngestError } from "../ingest-error";
import type { HttpClient } from "../types";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

// The largest real file (LMArena's full text Parquet) is a few MB; 32 MB leaves room to grow
// while a runaway or hostile body is cut off long before it hurts the server.
export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 30_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
};

/** An HTTP client whose every failure is an IngestError naming the source and the URL. */
export function createHttpClient(
  source: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): HttpClient {
  const fail = (url: string, message: string) => new IngestError({ source, origin: url, message });
  const getBytes = async (url: string, allowMissing = false): Promise<Uint8Array | null> => {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const res = await followRedirects(url, signal, limits.maxRedirects, fail);
      if (allowMissing && res.status === 404) return null;
      if (!res.ok) throw fail(url, `HTTP ${res.status} ${res.statusText}`.trim());
      return await readCapped(res, url, limits.maxBytes, fail);
    } catch (err) {
      if (err instanceof IngestError) throw err;
      if (signal.aborted) throw fail(url, `timed out after ${limits.timeoutMs / 1000} s`);
      throw fail(url, `download failed (${describe(err)}); the body may be truncated`);
    }
  };
  const decode = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);
  return {
    getBytes: async (url) => (await getBytes(url)) as Uint8Array,
    getText: async (url) => decode((await getBytes(url)) as Uint8Array),
    getOptionalText: async (url) => {
      const b = await getBytes(url, true);
      return b === null ? null : decode(b);
    },
  };
}

async function followRedirects(
  url: string,
  signal: AbortSignal,
  maxRedirects: number,
  fail: (url: string, message: string) => IngestError,
): Promise<Response> {
  const seen = new Set<string>();
  let current = url;
  for (;;) {
    if (seen.has(current)) throw fail(url, `redirect loop (back to ${current})`);
    if (seen.size > maxRedirects) throw fail(url, `more than ${maxRedirects} redirects`);
    seen.add(current);
    const res = await fetch(current, { redirect: "manual", signal });
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || !location) return res;
    await res.body?.cancel();
    current = new URL(location, current).toString();
  }
}

async function readCapped(
  res: Response,
  url: string,
  maxBytes: number,
  fail: (url: string, message: string) => IngestError,
): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? NaN);
  const limitText = `${Math.round(maxBytes / 1024 / 1024)} MB`;
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw fail(url, `body of ${declared} bytes exceeds the ${limitText} limit`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw fail(url, `body exceeds the ${limitText} limit`);
    }
    chunks.push(value);
  }
  if (Number.isFinite(declared) && total !== declared) {
    throw fail(url, `truncated body: got ${total} of ${declared} bytes`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message}: ${cause.message}` : err.message;
  }
  return String(err);
}
