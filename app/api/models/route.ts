import { NextResponse, type NextRequest } from "next/server";
import { getModelOptions } from "@/db/queries/models";
import { filterModelOptions } from "@/lib/compare/filter-model-options";
import { readSearchParams } from "@/lib/url/read-search-params";
import { summariseParamIssues } from "@/lib/url/summarise-param-issues";
import { parseModelSearchParams } from "@/lib/models/model-search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/models?q=llama 405&exclude=a,b&limit=8: the rated models matching a search, best
 * first (the model picker's list). The picker asks here instead of carrying every model in the
 * page: /compare's HTML grew with the history (177 KB at 1×, 995 KB at 10×).
 */
export function GET(req: NextRequest) {
  const { raw } = readSearchParams(req.nextUrl.searchParams);
  const { params, issues } = parseModelSearchParams(raw);
  if (issues.length > 0)
    return NextResponse.json(
      { error: "Invalid parameters", issues: summariseParamIssues(issues) },
      { status: 400 },
    );
  const options = filterModelOptions(
    params.q,
    getModelOptions(),
    new Set(params.exclude),
    params.limit,
  );
  return NextResponse.json({ q: params.q, options });
}
