import { describe, expect, it } from "vitest";
import { checkBearerToken } from "./check-bearer-token";

const TOKEN = "s3cret-token-value";

describe("checkBearerToken", () => {
  it("accepts exactly `Bearer <token>`", () => {
    expect(checkBearerToken(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it.each([
    ["no header", null],
    ["the bare token", TOKEN],
    ["another scheme", `Basic ${TOKEN}`],
    ["a lower-case scheme", `bearer ${TOKEN}`],
    ["two spaces", `Bearer  ${TOKEN}`],
    ["trailing text", `Bearer ${TOKEN} x`],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, -1)}`],
    ["a longer token", `Bearer ${TOKEN}x`],
    ["an empty token", "Bearer "],
  ])("refuses %s", (_what, header) => {
    expect(checkBearerToken(header, TOKEN)).toBe(false);
  });
});
