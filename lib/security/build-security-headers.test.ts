import { describe, expect, it } from "vitest";
import { buildSecurityHeaders } from "./build-security-headers";

const base = { pathname: "/", nonce: "bm9uY2U=", publicOrigin: "http://localhost:3000" };
const directives = (h: Record<string, string>) =>
  Object.fromEntries(
    (h["content-security-policy"] ?? "").split("; ").map((d) => [d.split(" ")[0], d]),
  );

describe("buildSecurityHeaders", () => {
  it("allows scripts only with the request's nonce (no unsafe-inline, no eval)", () => {
    const csp = directives(buildSecurityHeaders(base));
    expect(csp["script-src"]).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp["object-src"]).toBe("object-src 'none'");
    expect(csp["base-uri"]).toBe("base-uri 'self'");
    expect(buildSecurityHeaders({ ...base, dev: true })["content-security-policy"]).toContain(
      "'unsafe-eval'",
    );
  });

  it("refuses framing and sniffing, trims referrers, and sends HSTS only for an https origin", () => {
    const h = buildSecurityHeaders(base);
    expect(directives(h)["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(h).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(h["strict-transport-security"]).toBeUndefined();
    expect(h["content-security-policy"]).not.toContain("upgrade-insecure-requests");
    const secure = buildSecurityHeaders({ ...base, publicOrigin: "https://opengap.example" });
    expect(secure["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(secure["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("lets pages under an embeddable prefix be framed anywhere, and nothing else", () => {
    const opts = { ...base, embeddablePrefixes: ["/embed/"] };
    const embed = buildSecurityHeaders({ ...opts, pathname: "/embed/gap" });
    expect(directives(embed)["frame-ancestors"]).toBe("frame-ancestors *");
    expect(embed["x-frame-options"]).toBeUndefined();
    const page = buildSecurityHeaders({ ...opts, pathname: "/embedded" });
    expect(page["x-frame-options"]).toBe("DENY");
    const none = { ...base, embeddablePrefixes: [], pathname: "/embed/gap" };
    expect(buildSecurityHeaders(none)["x-frame-options"]).toBe("DENY");
  });

  it("by default frames only /embed/ pages: the chart embeds, never the site or its API", () => {
    for (const pathname of ["/embed/gap", "/embed/compare"])
      expect(buildSecurityHeaders({ ...base, pathname })["x-frame-options"]).toBeUndefined();
    for (const pathname of ["/", "/compare", "/status", "/api/oembed", "/feed.xml", "/embed"])
      expect(buildSecurityHeaders({ ...base, pathname })["x-frame-options"]).toBe("DENY");
  });
});
