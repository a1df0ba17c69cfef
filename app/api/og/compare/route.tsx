import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { labelCategory } from "@/lib/labels";
import { toOgText } from "@/lib/compare/to-og-text";
import { loadCompareView } from "../../../compare/load-compare-view";
import { renderOnce } from "../render-once";
import { OG_COLORS, OG_SIZE, OgFrame, readQuery } from "../og-frame";

export const dynamic = "force-dynamic";

// 1088 px of content width: name column, bar area, value column.
const NAME_WIDTH = 340;
const BAR_AREA = 520;
// One line per model name, so six rows still fit.
const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 3)}...` : text;

/**
 * GET /api/og/compare?<the /compare query>: the comparison as a 1200×630 PNG card. The
 * opengraph-image file convention cannot see search params, so the page's metadata links here.
 * Any input gives an image: without two known models it draws a generic card.
 */
export function GET(req: NextRequest): Promise<Response> {
  return renderOnce(req.nextUrl, () => renderCard(req));
}

function renderCard(req: NextRequest): Response {
  const { models, view } = loadCompareView(readQuery(req.nextUrl));
  const row = view?.rows.find((r) => r.category === "overall") ?? view?.rows[0];
  if (!view || !row) {
    return new ImageResponse(
      <OgFrame
        title="Compare open-weight and proprietary LLMs"
        subtitle="Leaderboard ratings with 95% intervals, one snapshot of one source at a time"
        footer="OpenGap | leaderboard history since 2023, traced to its source"
      >
        <div style={{ display: "flex", fontSize: 30, color: OG_COLORS.muted }}>
          Pick two to six models at /compare
        </div>
      </OgFrame>,
      OG_SIZE,
    );
  }
  const cells = row.cells.map((c, i) => ({ model: models[i], c }));
  const values = cells.flatMap(({ c }) => (c ? [c.lower ?? c.rating, c.upper ?? c.rating] : []));
  // A shared baseline a little below the lowest interval: ratings sit far from zero.
  const lo = Math.floor((Math.min(...values) - 15) / 10) * 10;
  const hi = Math.max(...values) + 5;
  const x = (v: number) => Math.round(((v - lo) / (hi - lo)) * BAR_AREA);
  const rowHeight = Math.min(56, Math.floor(300 / cells.length));
  return new ImageResponse(
    <OgFrame
      title={
        models.length <= 3
          ? models.map((m) => m.name).join(" vs ")
          : `${models
              .slice(0, 2)
              .map((m) => m.name)
              .join(" vs ")} and ${models.length - 2} more`
      }
      subtitle={`${labelCategory(row.category)} rating | ${view.boardLabel.replace(/ · /g, ", ")} | snapshot ${view.choice.snapshot.date}`}
      footer={`OpenGap | bars start at ${lo}, not zero; black whiskers are 95% intervals`}
    >
      {cells.map(({ model, c }, i) => (
        <div
          key={model?.slug ?? i}
          style={{
            display: "flex",
            alignItems: "center",
            height: rowHeight,
            fontSize: cells.length > 4 ? 20 : 24,
          }}
        >
          <div style={{ display: "flex", width: NAME_WIDTH, flexShrink: 0, overflow: "hidden" }}>
            {shorten(toOgText(model?.name ?? ""), 28)}
          </div>
          <div
            style={{
              display: "flex",
              position: "relative",
              width: BAR_AREA,
              height: Math.round(rowHeight * 0.6),
              flexShrink: 0,
            }}
          >
            {c ? (
              <div
                style={{
                  display: "flex",
                  width: Math.max(2, x(c.rating)),
                  height: "100%",
                  background: OG_COLORS.series[(model?.seriesIndex ?? i) % OG_COLORS.series.length],
                  borderRadius: 4,
                }}
              />
            ) : (
              <div style={{ display: "flex", color: OG_COLORS.muted }}>not rated</div>
            )}
            {c && c.lower !== null && c.upper !== null && (
              <div
                style={{
                  position: "absolute",
                  left: x(c.lower),
                  width: Math.max(2, x(c.upper) - x(c.lower)),
                  top: "45%",
                  height: 4,
                  background: OG_COLORS.fg,
                }}
              />
            )}
          </div>
          <div style={{ display: "flex", flexGrow: 1, justifyContent: "flex-end" }}>
            {c
              ? `${c.rating.toFixed(0)}${c.lower !== null && c.upper !== null ? ` (${c.lower.toFixed(0)}-${c.upper.toFixed(0)})` : ""}`
              : "-"}
          </div>
        </div>
      ))}
    </OgFrame>,
    OG_SIZE,
  );
}
