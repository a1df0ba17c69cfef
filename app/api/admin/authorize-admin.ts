import { NextResponse } from "next/server";
import { checkBearerToken } from "@/lib/security/check-bearer-token";
import { createRateLimiter, type RateDecision } from "@/lib/security/create-rate-limiter";
import { getSettings } from "@/lib/settings";

// Every request counts, authorised or not: 5 a minute per client, and 20 a minute in all, since
// a client that talks to Next directly can send any X-Forwarded-For it likes.
const perClient = createRateLimiter({ limit: 5, windowMs: 60_000 });
const overall = createRateLimiter({ limit: 20, windowMs: 60_000 });

/**
 * The door of every admin route (`Authorization: Bearer $ADMIN_TOKEN`): null lets the request
 * in, otherwise the answer to send. Without ADMIN_TOKEN the routes do not exist (404).
 */
export function authorizeAdmin(headers: Headers): NextResponse | null {
  const token = getSettings().ADMIN_TOKEN;
  if (!token) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const limited = takeRequest(headers);
  if (!limited.ok) {
    return NextResponse.json(
      { error: `Too many requests: try again in ${limited.retryAfterSeconds} s.` },
      { status: 429, headers: { "retry-after": String(limited.retryAfterSeconds) } },
    );
  }
  if (!checkBearerToken(headers.get("authorization"), token)) {
    return NextResponse.json(
      { error: "Unauthorised: send Authorization: Bearer <ADMIN_TOKEN>" },
      { status: 401, headers: { "www-authenticate": "Bearer" } },
    );
  }
  return null;
}

function takeRequest(headers: Headers): RateDecision {
  // The address the nearest hop saw: Next.js sets X-Forwarded-For from the socket when absent.
  const client = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
  const decision = perClient.take(client);
  return decision.ok ? overall.take("*") : decision;
}
