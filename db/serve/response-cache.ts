import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/** A finished answer as Next.js wrote it: status, headers (nonce and CSP included) and body. */
export interface CachedAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

// Hop-by-hop or per-send headers: recomputed by Node for each replay.
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/** Least-recently-used answers up to a byte budget; keys carry the data version, so an ingest
 * simply stops matching old entries and they age out. */
export function createAnswerStore(maxBytes: number) {
  const entries = new Map<string, CachedAnswer>();
  let bytes = 0;
  return {
    get(key: string): CachedAnswer | undefined {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key: string, answer: CachedAnswer): void {
      if (answer.body.length > maxBytes / 8) return;
      const old = entries.get(key);
      if (old) bytes -= old.body.length;
      entries.set(key, answer);
      bytes += answer.body.length;
      for (const [k, v] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(k);
        bytes -= v.body.length;
      }
    },
    get size() {
      return entries.size;
    },
  };
}

/** Tees what is written to `res` (after Next's compression, if any) and reports the whole. */
export function captureAnswer(res: ServerResponse, done: (answer: CachedAnswer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string")
      chunks.push(
        Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
      );
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk !== "function") keep(chunk, rest[0]);
    const headers = Object.fromEntries(
      Object.entries(res.getHeaders()).filter(([k]) => !NOT_REPLAYED.has(k.toLowerCase())),
    );
    const result = end(chunk, ...rest);
    done({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    return result;
  }) as ServerResponse["end"];
}

/** Writes a stored answer; HEAD gets the headers alone. */
export function replayAnswer(res: ServerResponse, answer: CachedAnswer, head: boolean): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    "content-length": answer.body.length,
    "x-opengap-store": "hit",
  });
  res.end(head ? undefined : answer.body);
}
