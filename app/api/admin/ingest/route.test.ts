import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The runner is another module's concern; these tests stop at the door.
const { triggerIngest } = vi.hoisted(() => ({
  triggerIngest: vi.fn(() => ({ outcomes: [], status: 200, body: { ok: true } })),
}));
vi.mock("@/db/admin-ingest", () => ({ triggerIngest }));

const TOKEN = "route-test-token";
const post = (headers: Record<string, string>) =>
  new NextRequest("http://127.0.0.1/api/admin/ingest?source=x", { method: "POST", headers });

async function loadRoute(env: Record<string, string | undefined>) {
  vi.resetModules();
  vi.stubEnv("ADMIN_TOKEN", env.ADMIN_TOKEN ?? "");
  return import("./route");
}

describe("POST /api/admin/ingest", () => {
  beforeEach(() => {
    vi.unstubAllEnvs();
    triggerIngest.mockClear();
  });

  it("does not exist while ADMIN_TOKEN is unset", async () => {
    const { POST } = await loadRoute({});
    expect((await POST(post({ authorization: `Bearer ${TOKEN}` }))).status).toBe(404);
  });

  it("lets only the exact `Bearer <token>` through", async () => {
    const { POST } = await loadRoute({ ADMIN_TOKEN: TOKEN });
    const as = (authorization: string, ip: string) =>
      POST(post({ authorization, "x-forwarded-for": ip }));
    expect((await as(TOKEN, "10.0.0.1")).status).toBe(401);
    expect((await as(`bearer ${TOKEN}`, "10.0.0.2")).status).toBe(401);
    expect((await as(`Bearer ${TOKEN}x`, "10.0.0.3")).status).toBe(401);
    expect(triggerIngest).not.toHaveBeenCalled();
    expect((await as(`Bearer ${TOKEN}`, "10.0.0.4")).status).toBe(200);
    expect(triggerIngest).toHaveBeenCalledTimes(1);
  });

  it("answers 429 with Retry-After from the sixth request a minute per client", async () => {
    const { POST } = await loadRoute({ ADMIN_TOKEN: TOKEN });
    const from = (ip: string) =>
      POST(post({ authorization: "Bearer wrong", "x-forwarded-for": ip }));
    for (let i = 0; i < 5; i++) expect((await from("10.0.0.9")).status).toBe(401);
    const limited = await from("10.0.0.9");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The nearest hop's address (the last one) counts, not what the client wrote before it.
    expect((await from("1.1.1.1, 10.0.0.9")).status).toBe(429);
    expect((await from("10.0.0.10")).status).toBe(401);
  });

  it("caps all clients together, so rotating X-Forwarded-For does not help", async () => {
    const { POST } = await loadRoute({ ADMIN_TOKEN: TOKEN });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const res = await POST(
        post({ authorization: "Bearer wrong", "x-forwarded-for": `10.1.0.${i}` }),
      );
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
  });
});
