import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { getSourceNames } from "@/db/queries/compare";
import { labelCategory } from "@/lib/labels";
import { toOgText } from "@/lib/compare/to-og-text";
import { loadGapView } from "../../../load-gap-view";
import { renderOnce } from "../render-once";
import { OG_COLORS, OG_SIZE, OgFrame, readQuery } from "../og-frame";

export const dynamic = "force-dynamic";

const SPARK = { width: 1088, height: 130 };

/** Polyline points for the gap series on a time axis, with the zero line (gap closed) drawn too. */
function sparkline(points: { t: number; gap: number }[]): { points: string; zeroY: number } {
  const gaps = points.map((p) => p.gap);
  const lo = Math.min(0, ...gaps);
  const hi = Math.max(...gaps, 1);
  const t0 = points[0]?.t ?? 0;
  const span = Math.max(1, (points.at(-1)?.t ?? 0) - t0);
  const y = (v: number) => SPARK.height - ((v - lo) / (hi - lo)) * (SPARK.height - 8) - 4;
  const x = (t: number) => ((t - t0) / span) * SPARK.width;
  return {
    points: points.map((p) => `${x(p.t).toFixed(1)},${y(p.gap).toFixed(1)}`).join(" "),
    zeroY: y(0),
  };
}

/**
 * GET /api/og/gap?<the home page query>: the current headline gap as a 1200×630 PNG card, with
 * the gap series as a sparkline. Bad parameters fall back to defaults, as on the page.
 */
export function GET(req: NextRequest): Promise<Response> {
  return renderOnce(req.nextUrl, () => renderCard(req));
}

function renderCard(req: NextRequest): Response {
  const { params, view } = loadGapView(readQuery(req.nextUrl));
  const names = getSourceNames();
  const latest = view.latest;
  const gaps = view.series.flatMap((p) =>
    p.gap === null ? [] : [{ t: Date.parse(`${p.date}T00:00:00Z`), gap: p.gap }],
  );
  const first = view.series.find((p) => p.gap !== null)?.date ?? "";
  const spark = sparkline(gaps);
  const cat = labelCategory(params.cat);
  return new ImageResponse(
    <OgFrame
      title={
        latest?.gap != null
          ? `Open-weight LLMs are ${latest.gap.toFixed(0)} points behind (${latest.gapPct?.toFixed(1) ?? "-"}%)`
          : "How far behind are open-weight LLMs?"
      }
      subtitle={
        latest
          ? `${cat} | ${names[latest.source] ?? latest.source} snapshot ${latest.date}`
          : `${cat} | no snapshot with both sides under these filters`
      }
      footer="OpenGap | each gap is computed within one snapshot of one source"
    >
      {latest && (
        <div style={{ display: "flex", flexDirection: "column", fontSize: 26, gap: 4 }}>
          <div style={{ display: "flex", color: OG_COLORS.closed }}>
            {toOgText(
              `Proprietary: ${latest.closed?.name ?? "-"} ${latest.closed?.rating.toFixed(0) ?? ""}`,
            )}
          </div>
          <div style={{ display: "flex", color: OG_COLORS.open }}>
            {toOgText(`Open: ${latest.open?.name ?? "-"} ${latest.open?.rating.toFixed(0) ?? ""}`)}
          </div>
        </div>
      )}
      {gaps.length > 1 && (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 18 }}>
          <svg
            width={SPARK.width}
            height={SPARK.height}
            viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
          >
            <line
              x1="0"
              x2={SPARK.width}
              y1={spark.zeroY}
              y2={spark.zeroY}
              stroke={OG_COLORS.muted}
              strokeWidth="2"
            />
            <polyline points={spark.points} fill="none" stroke={OG_COLORS.gap} strokeWidth="4" />
          </svg>
          <div
            style={{
              display: "flex",
              justifyContent: "space-between",
              fontSize: 20,
              color: OG_COLORS.muted,
            }}
          >
            <div style={{ display: "flex" }}>
              {`Gap in points since ${first}; the grey line is a gap of 0`}
            </div>
            <div style={{ display: "flex" }}>{latest?.date ?? ""}</div>
          </div>
        </div>
      )}
    </OgFrame>,
    OG_SIZE,
  );
}
