import { describe, expect, it } from "vitest";
import { getSettings } from "../settings";
import { toAbsoluteUrl } from "./to-absolute-url";

describe("toAbsoluteUrl", () => {
  it("joins the configured origin and a site path", () => {
    expect(toAbsoluteUrl("/api/og/gap?cat=coding", "https://opengap.example")).toBe(
      "https://opengap.example/api/og/gap?cat=coding",
    );
  });

  it("defaults to the configured OPENGAP_PUBLIC_ORIGIN", () => {
    expect(toAbsoluteUrl("/compare")).toBe(`${getSettings().OPENGAP_PUBLIC_ORIGIN}/compare`);
  });

  it("ignores Host and X-Forwarded-* headers handed in by older callers", () => {
    const hostile = new Headers({
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    const url = toAbsoluteUrl(hostile, "/api/og/gap");
    expect(url).not.toContain("evil.example");
    expect(url).toBe(toAbsoluteUrl("/api/og/gap"));
  });

  it("refuses anything but a site path, so a value cannot swap the host", () => {
    expect(() => toAbsoluteUrl("//evil.example/x", "https://opengap.example")).toThrow();
    expect(() => toAbsoluteUrl("https://evil.example/", "https://opengap.example")).toThrow();
  });
});
