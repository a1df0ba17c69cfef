import { NextResponse, type NextRequest } from "next/server";
import { addSubscription, removeSubscription } from "@/db/admin-webhooks";
import { getSubscriptions } from "@/db/queries/webhooks";
import { authorizeAdmin } from "../authorize-admin";

export const dynamic = "force-dynamic";

/** GET /api/admin/webhooks: every subscription (secrets never shown) with delivery counts. */
export function GET(req: NextRequest) {
  return authorizeAdmin(req.headers) ?? NextResponse.json({ subscriptions: getSubscriptions() });
}

/**
 * POST /api/admin/webhooks with JSON `{"url", "secret"?, "kinds"?: [...], "view"?: {...}}`,
 * the same bearer token as the ingest trigger. Answers 201 with the subscription and its secret.
 */
export async function POST(req: NextRequest) {
  const refused = authorizeAdmin(req.headers);
  if (refused) return refused;
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return NextResponse.json({ error: 'Send a JSON body: {"url": "https://…"}' }, { status: 400 });
  }
  const answer = addSubscription(body);
  return NextResponse.json(answer.body, { status: answer.status });
}

/** DELETE /api/admin/webhooks?id=N: removes a subscription added through this API. */
export function DELETE(req: NextRequest) {
  const refused = authorizeAdmin(req.headers);
  if (refused) return refused;
  const id = Number(req.nextUrl.searchParams.get("id"));
  if (!Number.isInteger(id) || id < 1)
    return NextResponse.json({ error: "Give the subscription's id: ?id=N" }, { status: 400 });
  const answer = removeSubscription(id);
  return NextResponse.json(answer.body, { status: answer.status });
}
