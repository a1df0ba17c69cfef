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

/**
 * Hosts a source's own host is known to redirect file downloads to (large files live on a CDN).
 * A redirect anywhere else is refused, so a compromised or spoofed source cannot point the
 * server at an internal address or a third party.
 */
export const KNOWN_REDIRECT_HOSTS: Readonly<Record<string, readonly string[]>> = {
  // Hugging Face `resolve/` URLs answer 302 to the LFS CDN or, for Xet-backed repos, the CAS bridge.
  "huggingface.co": [
    "cdn-lfs.huggingface.co",
    "cdn-lfs.hf.co",
    "cdn-lfs-us-1.hf.co",
    "cdn-lfs-eu-1.hf.co",
    "cas-bridge.xethub.hf.co",
  ],
  // github.com `raw/` and release URLs redirect to the raw and objects hosts.
  "github.com": ["raw.githubusercontent.com", "objects.githubusercontent.com"],
};

export interface HttpClientOptions {
  /** Further hosts this client may follow redirects to, beyond the request's own host. */
  allowedRedirectHosts?: readonly string[];
}

/** An HTTP client whose every failure is an IngestError naming the source and the URL. */
export function createHttpClient(
  source: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  options: HttpClientOptions = {},
): HttpClient {
  const fail = (url: string, message: string) => new IngestError({ source, origin: url, message });
  const getBytes = async (url: string, allowMissing = false): Promise<Uint8Array | null> => {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const hops = { max: limits.maxRedirects, allowedHosts: options.allowedRedirectHosts ?? [] };
      const res = await followRedirects(url, signal, hops, fail);
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

/**
 * Why a redirect from the request `start` to `next` is refused, or null when it may be followed:
 * only to the request's own host, its known CDN hops and `extraHosts`, and never from https down.
 */
export function refuseRedirect(
  start: URL,
  next: URL,
  extraHosts: readonly string[],
): string | null {
  const allowed = [
    start.hostname,
    ...(KNOWN_REDIRECT_HOSTS[start.hostname] ?? []),
    ...extraHosts.map((h) => h.toLowerCase()),
  ];
  if (!allowed.includes(next.hostname)) {
    return `refused a redirect to host "${next.hostname}" (${next.origin}): only ${allowed.join(", ")} may serve this source`;
  }
  const downgrade = start.protocol === "https:" && next.protocol !== "https:";
  if (downgrade || !/^https?:$/.test(next.protocol)) {
    return `refused a redirect from ${start.protocol} to ${next.protocol} (${next.origin})`;
  }
  return null;
}

async function followRedirects(
  url: string,
  signal: AbortSignal,
  hops: { max: number; allowedHosts: readonly string[] },
  fail: (url: string, message: string) => IngestError,
): Promise<Response> {
  const start = new URL(url);
  const seen = new Set<string>();
  let current = url;
  for (;;) {
    if (seen.has(current)) throw fail(url, `redirect loop (back to ${current})`);
    if (seen.size > hops.max) throw fail(url, `more than ${hops.max} redirects`);
    seen.add(current);
    const res = await fetch(current, { redirect: "manual", signal });
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || !location) return res;
    await res.body?.cancel();
    const next = new URL(location, current);
    const refused = refuseRedirect(start, next, hops.allowedHosts);
    if (refused) throw fail(url, refused);
    current = next.toString();
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
