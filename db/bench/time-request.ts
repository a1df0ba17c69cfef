import { gzipSync } from "node:zlib";

export interface Timed {
  ms: number;
  status: number;
  body: string;
  etag: string | null;
}

/** One request, timed from send to the last byte of the body. */
export async function timeRequest(
  url: string,
  headers: Record<string, string> = {},
): Promise<Timed> {
  const t0 = performance.now();
  const res = await fetch(url, { headers }).catch((err: unknown) => {
    // The server closed an idle keep-alive socket just as it was reused: a client race, not an
    // answer. Once more on a new connection (and the time counted from the first try).
    if ((err as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw err;
    return fetch(url, { headers });
  });
  const body = await res.text();
  return { ms: performance.now() - t0, status: res.status, body, etag: res.headers.get("etag") };
}

/** n sequential requests after 3 warm-ups: every latency, and the last answer. */
export async function sampleSequential(
  url: string,
  n: number,
  headers: Record<string, string> = {},
): Promise<{ ms: number[]; last: Timed }> {
  for (let i = 0; i < 3; i++) await timeRequest(url, headers);
  const ms: number[] = [];
  let last: Timed = { ms: 0, status: 0, body: "", etag: null };
  for (let i = 0; i < n; i++) {
    last = await timeRequest(url, headers);
    ms.push(last.ms);
  }
  return { ms, last };
}

/** Sum of the gzipped sizes of the scripts a page loads (the framework's and the route's). */
export async function firstLoadJs(html: string, base: string): Promise<number> {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  let total = 0;
  for (const src of new Set(srcs)) {
    const res = await fetch(new URL(src, base));
    total += gzipSync(Buffer.from(await res.arrayBuffer())).length;
  }
  return total;
}
