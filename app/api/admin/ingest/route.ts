import { timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { triggerIngest } from "@/db/admin-ingest";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/ingest[?source=slug,slug] with `Authorization: Bearer $ADMIN_TOKEN`.
 * Without ADMIN_TOKEN set the route does not exist (404), so a default install exposes nothing.
 */
export async function POST(req: NextRequest) {
  const token = process.env.ADMIN_TOKEN;
  if (!token) return NextResponse.json({ error: "Not found" }, { status: 404 });
  if (!isAuthorised(req.headers.get("authorization"), token)) {
    return NextResponse.json(
      { error: "Unauthorised: send Authorization: Bearer <ADMIN_TOKEN>" },
      { status: 401, headers: { "www-authenticate": "Bearer" } },
    );
  }
  const sources = req.nextUrl.searchParams.get("source")?.split(",").filter(Boolean);
  const result = await triggerIngest(sources);
  if ("error" in result) return NextResponse.json(result, { status: 400 });
  const failed = result.outcomes.some((o) => o.status === "failed");
  return NextResponse.json(result, { status: failed ? 502 : 200 });
}

function isAuthorised(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
