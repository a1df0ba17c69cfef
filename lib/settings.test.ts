import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCE_ADAPTERS } from "./ingest/registry";
import { readServeAddress, readSettings, SETTINGS_SCHEMA } from "./settings";

describe("readSettings", () => {
  it("applies the defaults when nothing is set, treating empty values as unset", () => {
    const s = readSettings({ PORT: "", ADMIN_TOKEN: "  " });
    expect(s).toMatchObject({
      DATABASE_PATH: "./data/opengap.db",
      PORT: 3000,
      HOSTNAME: "127.0.0.1",
      OPENGAP_PUBLIC_ORIGIN: "http://localhost:3000",
      INGEST_CRON: "0 */6 * * *",
    });
    expect(s.ADMIN_TOKEN).toBeUndefined();
  });

  it("derives the default public origin from PORT and normalises a given one", () => {
    expect(readSettings({ PORT: "4000" }).OPENGAP_PUBLIC_ORIGIN).toBe("http://localhost:4000");
    const given = readSettings({ OPENGAP_PUBLIC_ORIGIN: "https://OpenGap.example/" });
    expect(given.OPENGAP_PUBLIC_ORIGIN).toBe("https://opengap.example");
  });

  it.each([
    "opengap.example",
    "ftp://opengap.example",
    "https://opengap.example/app",
    "https://a@b.c",
  ])("rejects %s as a public origin, naming the variable", (value) => {
    expect(() => readSettings({ OPENGAP_PUBLIC_ORIGIN: value })).toThrow(
      /OPENGAP_PUBLIC_ORIGIN: must be an absolute http\(s\) origin/,
    );
  });

  it("names every invalid variable at once", () => {
    expect(() => readSettings({ PORT: "99999", OPENGAP_URL_MODELS_DEV: "file:///etc" })).toThrow(
      /PORT: must be a port number[\s\S]*OPENGAP_URL_MODELS_DEV: must be an absolute http\(s\) URL/,
    );
  });
});

describe("readServeAddress", () => {
  it("binds 127.0.0.1:3000 unless told otherwise", () => {
    expect(readServeAddress([], {})).toEqual({ port: 3000, hostname: "127.0.0.1" });
  });

  it("takes PORT and HOSTNAME, and lets -p/-H (or --port=/--hostname=) win", () => {
    const env = { PORT: "3300", HOSTNAME: "::1" };
    expect(readServeAddress([], env)).toEqual({ port: 3300, hostname: "::1" });
    expect(readServeAddress(["-p", "4000", "-H", "0.0.0.0"], env)).toEqual({
      port: 4000,
      hostname: "0.0.0.0",
    });
    expect(readServeAddress(["--port=4001", "--hostname", "localhost"], {})).toEqual({
      port: 4001,
      hostname: "localhost",
    });
  });

  it("refuses unknown arguments, missing values and impossible ports", () => {
    expect(() => readServeAddress(["--turbo"], {})).toThrow(/Unknown argument "--turbo"/);
    expect(() => readServeAddress(["-p"], {})).toThrow(/-p needs a value/);
    expect(() => readServeAddress(["-p", "http"], {})).toThrow(/PORT: must be a port number/);
  });
});

describe(".env.example", () => {
  const text = readFileSync(path.join(__dirname, "..", ".env.example"), "utf8");
  const [appPart = ""] = text.split("## Tests and tools");
  const listed = new Map(
    [...appPart.matchAll(/^# ([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]),
  );
  const defaults = readSettings({}) as Record<string, unknown>;

  it("lists exactly the variables of the settings module, each with its default", () => {
    expect([...listed.keys()].sort()).toEqual(Object.keys(SETTINGS_SCHEMA.shape).sort());
    for (const [name, shown] of listed) {
      if (name === "OPENGAP_PUBLIC_ORIGIN" || name.startsWith("OPENGAP_URL_")) continue;
      expect(shown, name).toBe(String(defaults[name] ?? ""));
    }
  });

  it("shows each live source's real default URL", () => {
    for (const { info } of SOURCE_ADAPTERS) {
      const hint = `.env.example should show ${info.live?.envVar}=<${info.slug}'s default URL>`;
      if (info.live) expect(listed.get(info.live.envVar), hint).toBe(info.live.defaultUrl);
    }
  });
});
