import { NextResponse, type NextRequest } from "next/server";
import { triggerIngest } from "@/db/admin-ingest";
import { checkBearerToken } from "@/lib/security/check-bearer-token";
import { createRateLimiter, type RateDecision } from "@/lib/security/create-rate-limiter";
import { getSettings } from "@/lib/settings";

export const dynamic = "force-dynamic";

// Every request counts, authorised or not: 5 a minute per client, and 20 a minute in all, since
// a client that talks to Next directly can send any X-Forwarded-For it likes.
const perClient = createRateLimiter({ limit: 5, windowMs: 60_000 });
const overall = createRateLimiter({ limit: 20, windowMs: 60_000 });

/**
 * POST /api/admin/ingest[?source=slug,slug] with `Authorization: Bearer $ADMIN_TOKEN`.
 * Without ADMIN_TOKEN set the route does not exist (404), so a default install exposes nothing.
 */
export async function POST(req: NextRequest) {
  const token = getSettings().ADMIN_TOKEN;
  if (!token) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const limited = takeRequest(req.headers);
  if (!limited.ok) {
    return NextResponse.json(
      { error: `Too many requests: try again in ${limited.retryAfterSeconds} s.` },
      { status: 429, headers: { "retry-after": String(limited.retryAfterSeconds) } },
    );
  }
  if (!checkBearerToken(req.headers.get("authorization"), token)) {
    return NextResponse.json(
      { error: "Unauthorised: send Authorization: Bearer <ADMIN_TOKEN>" },
      { status: 401, headers: { "www-authenticate": "Bearer" } },
    );
  }
  const sources = req.nextUrl.searchParams.get("source")?.split(",").filter(Boolean);
  const answer = triggerIngest(sources);
  return NextResponse.json(answer.body, { status: answer.status });
}

function takeRequest(headers: Headers): RateDecision {
  // The address the nearest hop saw: Next.js sets X-Forwarded-For from the socket when absent.
  const client = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
  const decision = perClient.take(client);
  return decision.ok ? overall.take("*") : decision;
}
