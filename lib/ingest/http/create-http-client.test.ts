import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectIngestRejection } from "../expect-ingest-error";
import { createHttpClient, refuseRedirect } from "./create-http-client";
import { startTestServer, type Route } from "./start-test-server";

// Two servers stand for two hosts: the source at 127.0.0.1, another host reached as "localhost".
type Server = Awaited<ReturnType<typeof startTestServer>>;
let source: Server;
let other: Server;
const otherUrl = (path: string) => `${other.url.replace("127.0.0.1", "localhost")}${path}`;
const redirect =
  (to: () => string): Route =>
  (_req, res) =>
    void res.writeHead(302, { location: to() }).end();
const text =
  (body: string): Route =>
  (_req, res) =>
    void res.writeHead(200, { "content-length": Buffer.byteLength(body) }).end(body);

beforeAll(async () => {
  other = await startTestServer("/nonexistent", { "/file.csv": text("from the other host") });
  source = await startTestServer("/nonexistent", {
    "/file.csv": text("from the source"),
    "/moved.csv": redirect(() => "/file.csv"),
    "/elsewhere.csv": redirect(() => otherUrl("/file.csv")),
    "/metadata.csv": redirect(() => "http://169.254.169.254/latest/meta-data/"),
    "/loop.csv": redirect(() => "/loop.csv"),
  });
});
afterAll(async () => {
  await Promise.all([source.close(), other.close()]);
});

describe("createHttpClient redirects", () => {
  it("follows a redirect on the request's own host", async () => {
    const http = createHttpClient("test-source");
    expect(await http.getText(`${source.url}/moved.csv`)).toBe("from the source");
    await expectIngestRejection(http.getText(`${source.url}/loop.csv`), "redirect loop");
  });

  it("refuses a redirect to another host, naming the source, the URL and the host", async () => {
    const url = `${source.url}/elsewhere.csv`;
    const err = await expectIngestRejection(
      createHttpClient("test-source").getText(url),
      "source test-source",
      url,
      'refused a redirect to host "localhost"',
    );
    expect(err.source).toBe("test-source");
    await expectIngestRejection(
      createHttpClient("test-source").getText(`${source.url}/metadata.csv`),
      'host "169.254.169.254"',
    );
  });

  it("follows a redirect to a host in the client's allow-list", async () => {
    const http = createHttpClient("test-source", undefined, {
      allowedRedirectHosts: ["localhost"],
    });
    expect(await http.getText(`${source.url}/elsewhere.csv`)).toBe("from the other host");
  });
});

describe("refuseRedirect", () => {
  const check = (from: string, to: string, extra: string[] = []) =>
    refuseRedirect(new URL(from), new URL(to), extra);

  it("lets the documented CDN hops through", () => {
    const hf =
      "https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset/resolve/main/x.parquet";
    expect(check(hf, "https://cas-bridge.xethub.hf.co/xet-bridge-us/abc")).toBeNull();
    expect(check(hf, "https://cdn-lfs.huggingface.co/repos/ab/cd")).toBeNull();
    expect(
      check(
        "https://github.com/a/b/raw/main/x.csv",
        "https://raw.githubusercontent.com/a/b/main/x.csv",
      ),
    ).toBeNull();
  });

  it("refuses other hosts, a CDN reached from an unrelated host, and https → http", () => {
    expect(check("https://models.dev/api.json", "https://evil.example/api.json")).toMatch(
      /host "evil.example"/,
    );
    expect(check("https://models.dev/a", "https://cas-bridge.xethub.hf.co/a")).toMatch(/refused/);
    expect(check("https://huggingface.co/a", "http://huggingface.co/a")).toMatch(/https: to http:/);
    expect(
      check("https://models.dev/a", "https://mirror.example/a", ["mirror.example"]),
    ).toBeNull();
  });
});
