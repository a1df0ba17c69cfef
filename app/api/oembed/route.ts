import { NextResponse, type NextRequest } from "next/server";
import { loadOEmbed } from "./load-oembed";

export const dynamic = "force-dynamic";

const limit = (v: string | null) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n > 0 ? n : Number.POSITIVE_INFINITY;
};

/** GET /api/oembed?url=<OpenGap page>&format=json[&maxwidth=&maxheight=]: link unfurlers' discovery. */
export function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams;
  const format = q.get("format") ?? "json";
  // The oEmbed spec's answer for a format a provider does not offer.
  if (format !== "json")
    return NextResponse.json(
      { error: `Only format=json is offered, not "${format}".` },
      { status: 501 },
    );
  const answer = loadOEmbed(q.get("url"), limit(q.get("maxwidth")), limit(q.get("maxheight")));
  return NextResponse.json(answer.body, { status: answer.status });
}
