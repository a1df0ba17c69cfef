import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  captureAnswer,
  createAnswerStore,
  replayAnswer,
  type CachedAnswer,
} from "./response-cache";

const answer = (body: string): CachedAnswer => ({
  status: 200,
  headers: {},
  body: Buffer.from(body),
});

describe("createAnswerStore", () => {
  it("drops the least recently used answers past its byte budget", () => {
    const store = createAnswerStore(80);
    store.set("a", answer("x".repeat(10)));
    store.set("b", answer("x".repeat(10)));
    store.get("a");
    for (const k of ["c", "d", "e", "f", "g", "h", "i"]) store.set(k, answer("x".repeat(10)));
    expect(store.get("a")).toBeDefined();
    expect(store.get("b")).toBeUndefined();
    expect(store.size).toBe(8);
  });
  it("never keeps one answer larger than an eighth of the budget", () => {
    const store = createAnswerStore(80);
    store.set("big", answer("x".repeat(11)));
    expect(store.get("big")).toBeUndefined();
  });
});

describe("captureAnswer and replayAnswer over real HTTP", () => {
  let server: http.Server | null = null;
  afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

  it("replays what was written, in chunks and strings, with its headers", async () => {
    const store = createAnswerStore(1024 * 1024);
    server = http.createServer((req, res) => {
      const hit = store.get("k");
      if (hit) return replayAnswer(res, hit, req.method === "HEAD");
      captureAnswer(res, (a) => store.set("k", a));
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("etag", 'W/"1-x"');
      res.write("<p>caf");
      res.write(Buffer.from("é</p>"));
      res.end("<!-- end -->", "utf8");
    });
    await new Promise<void>((r) => server?.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/`;
    const first = await fetch(url);
    const body = await first.text();
    const again = await fetch(url);
    expect(again.headers.get("x-opengap-store")).toBe("hit");
    expect(again.headers.get("etag")).toBe('W/"1-x"');
    expect(await again.text()).toBe(body);
    expect(body).toBe("<p>café</p><!-- end -->");
    const head = await fetch(url, { method: "HEAD" });
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
  });
});
