import { NextResponse, type NextRequest } from "next/server";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { readSearchParams } from "@/lib/url/read-search-params";
import { loadGapTable } from "../../../load-gap-table";

export const dynamic = "force-dynamic";

/**
 * GET /api/gap/table?<the home page's query>: the per-snapshot table, formatted, newest first.
 * The home page fetches it when the reader opens "Show the numbers as a table".
 */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { issues, rows } = loadGapTable(raw);
  if (issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  return NextResponse.json({ rows }, { headers: { "cache-control": "public, max-age=300" } });
}
