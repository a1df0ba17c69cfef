import { NextResponse, type NextRequest } from "next/server";
import { triggerIngest } from "@/db/admin-ingest";
import { authorizeAdmin } from "../authorize-admin";

export const dynamic = "force-dynamic";

/**
 * POST /api/admin/ingest[?source=slug,slug] with `Authorization: Bearer $ADMIN_TOKEN`.
 * Without ADMIN_TOKEN set the route does not exist (404), so a default install exposes nothing.
 */
export async function POST(req: NextRequest) {
  const refused = authorizeAdmin(req.headers);
  if (refused) return refused;
  const sources = req.nextUrl.searchParams.get("source")?.split(",").filter(Boolean);
  const answer = triggerIngest(sources);
  return NextResponse.json(answer.body, { status: answer.status });
}
