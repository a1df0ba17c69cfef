// The production server: Next.js's request handler behind a small answer store. A page is a
// pure function of its address and the committed data, but the CSP nonce makes Next render it
// afresh per request; the store keeps each rendered answer under its validator (data version,
// build, day, address), so one render serves everyone until an ingest commits, the way nginx's
// cache does in the scale-out recipe. Router payloads, /status and admin never enter it.
import http, { type IncomingMessage } from "node:http";
import next from "next";
import { validateRequest } from "@/db/response-validator";
import { getSettings } from "@/lib/settings";
import { startWarming } from "./warm-views";
import { captureAnswer, createAnswerStore, replayAnswer } from "./response-cache";

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  return headers;
}

export async function serve(opts: { port: number; hostname: string }): Promise<http.Server> {
  const app = next({ dev: false, hostname: opts.hostname, port: opts.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const megabytes = getSettings().OPENGAP_ANSWER_CACHE_MB;
  const store = createAnswerStore(megabytes * 1024 * 1024);
  const server = http.createServer((req, res) => {
    // As `next start` does: the admin rate limit tells clients apart by the nearest hop's address.
    req.headers["x-forwarded-for"] ??= req.socket.remoteAddress;
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://localhost");
    const headers = toHeaders(req);
    // Conditional requests go to the proxy, whose 304 is cheaper than any replay.
    const validator =
      megabytes > 0 && !headers.has("if-none-match") ? validateRequest(method, url, headers) : null;
    if (!validator?.shared) return void handle(req, res);
    // Next.js compresses with gzip or not at all: two variants, whatever else a client lists.
    const gzip = /\bgzip\b/.test(headers.get("accept-encoding") ?? "");
    const key = `${validator.etag} ${gzip ? "gzip" : "identity"}`;
    // A hard reload (Cache-Control: no-cache) renders afresh, and the new render replaces the old.
    const reload = /no-cache/.test(`${headers.get("cache-control")} ${headers.get("pragma")}`);
    const hit = reload ? undefined : store.get(key);
    if (hit) return replayAnswer(res, hit, method === "HEAD");
    if (method === "GET")
      captureAnswer(res, (answer) => {
        const cc = String(answer.headers["cache-control"] ?? "");
        if (answer.status === 200 && cc.startsWith("public") && !answer.headers["set-cookie"])
          store.set(key, answer);
      });
    void handle(req, res);
  });
  // Idle keep-alive sockets outlive a load balancer's (nginx: 60 s), so the server is never the
  // side that closes one just as a request is sent on it (the client then sees ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(opts.port, opts.hostname, resolve));
  if (megabytes > 0 && getSettings().OPENGAP_WARM_VIEWS === "1")
    startWarming(
      `http://${opts.hostname.includes(":") ? `[${opts.hostname}]` : opts.hostname}:${opts.port}`,
    );
  return server;
}
