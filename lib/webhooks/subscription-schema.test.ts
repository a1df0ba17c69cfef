import { describe, expect, it } from "vitest";
import { matchesSubscription, parseSubscriptionsFile } from "./subscription-schema";

const boardEvent = {
  kind: "open-record" as const,
  source: "lmarena-dataset",
  view: { arena: "text" as const, sc: false, cat: "overall", source: "lmarena-dataset" },
};
const sourceEvent = { kind: "source-stale" as const, source: "openlm-ai", view: null };

describe("matchesSubscription", () => {
  it("takes every kind and view when it names none", () => {
    const all = { kinds: [], view: {} };
    expect(matchesSubscription(all, boardEvent)).toBe(true);
    expect(matchesSubscription(all, sourceEvent)).toBe(true);
  });

  it("needs every key its view names, and one of its kinds", () => {
    expect(matchesSubscription({ kinds: ["new-leader"], view: {} }, boardEvent)).toBe(false);
    expect(matchesSubscription({ kinds: [], view: { cat: "coding" } }, boardEvent)).toBe(false);
    expect(matchesSubscription({ kinds: [], view: { sc: true } }, boardEvent)).toBe(false);
    expect(
      matchesSubscription(
        { kinds: ["open-record"], view: { arena: "text", sc: false } },
        boardEvent,
      ),
    ).toBe(true);
  });

  it("lets a board filter through source events, but not another source's", () => {
    expect(matchesSubscription({ kinds: [], view: { arena: "text" } }, sourceEvent)).toBe(true);
    expect(
      matchesSubscription({ kinds: [], view: { source: "lmarena-dataset" } }, sourceEvent),
    ).toBe(false);
  });
});

describe("parseSubscriptionsFile", () => {
  it("fills defaults", () => {
    const text = JSON.stringify([{ url: "https://a.example/hook", secret: "0123456789abcdef" }]);
    expect(parseSubscriptionsFile(text, "hooks.json")).toEqual([
      { url: "https://a.example/hook", secret: "0123456789abcdef", kinds: [], view: {} },
    ]);
  });

  it("names the file, entry and field of every problem", () => {
    const text = JSON.stringify([
      { url: "ftp://a", secret: "short", kinds: ["nope"], view: { x: 1 } },
    ]);
    const error = (() => {
      try {
        parseSubscriptionsFile(text, "hooks.json");
      } catch (err) {
        return String(err);
      }
    })();
    expect(error).toContain("hooks.json: invalid webhook subscriptions");
    for (const part of ["entry 0.url", "entry 0.secret", "entry 0.kinds.0", "entry 0.view"])
      expect(error).toContain(part);
    expect(() => parseSubscriptionsFile("{", "hooks.json")).toThrow(/hooks\.json: not JSON/);
  });
});
