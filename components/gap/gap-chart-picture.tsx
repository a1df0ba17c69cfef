import { SvgPlot } from "@/components/charts/svg-plot";
import {
  bandPath,
  dotsPath,
  linePath,
  verticalsPath,
  type Scale,
} from "@/components/charts/svg-paths";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { formatTimeTick, timeTicks } from "@/lib/charts/time-ticks";
import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { EVENT_STYLE, GAP_SERIES } from "./gap-chart-style";
import styles from "./gap-chart.module.css";

const finite = (vs: (number | null | undefined)[]) =>
  vs.filter((v): v is number => typeof v === "number" && Number.isFinite(v));

const axis = ({ domain, ticks }: { domain: [number, number]; ticks: number[] }) => ({
  domain,
  ticks: ticks.map((v) => ({ v, label: String(v) })),
});

/**
 * The two gap charts as server-drawn SVG: the picture a reader sees before (or without)
 * JavaScript, with the same axes, bands, records and event lines as the interactive version.
 */
export function GapChartPicture({
  points,
  annotations,
  title,
}: {
  points: GapChartPoint[];
  annotations: ChartAnnotations;
  title: string;
}) {
  const domain: [number, number] = [points[0]?.t ?? 0, points.at(-1)?.t ?? 0];
  const x = {
    domain,
    ticks: timeTicks(domain[0], domain[1], 8).map((v, i) => ({ v, label: formatTimeTick(v, i) })),
    narrowTicks: timeTicks(domain[0], domain[1], 4).map((v, i) => ({
      v,
      label: formatTimeTick(v, i),
    })),
  };
  const ratings = finite(
    points.flatMap((p) => [
      p.closedRating,
      p.openRating,
      ...(p.closedBand ?? []),
      ...(p.openBand ?? []),
    ]),
  );
  const gaps = finite(points.map((p) => p.gap));
  const first = points[0]?.date ?? "";
  const last = points.at(-1);
  const events = (sx: Scale) =>
    annotations.events.map((e) => (
      <path
        key={`${e.kind}-${e.t}-${e.label}`}
        d={verticalsPath([e.t], sx)}
        style={{ stroke: EVENT_STYLE[e.kind].stroke, strokeDasharray: EVENT_STYLE[e.kind].dash }}
        strokeOpacity={0.55}
        data-testid="chart-event"
      />
    ));
  const frontier = (key: "closed" | "open", sx: Scale, sy: Scale) => (
    <>
      <path
        d={bandPath(
          points.map((p) => [p.t, ...(p[`${key}Band`] ?? [null, null])] as const),
          sx,
          sy,
        )}
        style={{ fill: GAP_SERIES[key].color, fillOpacity: 0.15 }}
      />
      <path
        d={linePath(
          points.map((p) => [p.t, p[`${key}Rating`]] as const),
          sx,
          sy,
          true,
        )}
        stroke={GAP_SERIES[key].color}
        strokeDasharray={GAP_SERIES[key].dash}
        fill="none"
        strokeWidth={2}
        data-testid="chart-line"
      />
    </>
  );
  return (
    <>
      <div className={styles.ratings}>
        <SvgPlot
          testId="ratings-plot"
          x={x}
          y={axis(niceTicks(Math.min(...ratings), Math.max(...ratings), 7))}
          label={`Best proprietary and best open-weight rating, ${title}`}
          description={`One point per leaderboard snapshot from ${first} to ${last?.date ?? ""}. Latest: ${last?.closedName ?? "—"} ${last?.closedRating ?? "—"} vs ${last?.openName ?? "—"} ${last?.openRating ?? "—"}. The same numbers are in the table below the chart.`}
          draw={(sx, sy) => (
            <>
              {events(sx)}
              {frontier("closed", sx, sy)}
              {frontier("open", sx, sy)}
              <path
                d={dotsPath(
                  annotations.records.map((r) => [r.t, r.rating] as const),
                  sx,
                  sy,
                )}
                style={{ stroke: "var(--series-open)" }}
                strokeWidth={8}
                strokeLinecap="round"
                data-testid="chart-records"
              />
            </>
          )}
        />
      </div>
      <p className={styles.subhead}>Gap, in rating points of each snapshot&apos;s own scale</p>
      <div className={styles.gap}>
        <SvgPlot
          testId="gap-plot"
          x={x}
          y={axis(niceTicks(Math.min(0, ...gaps), Math.max(0, ...gaps), 4))}
          label={`Gap in rating points, ${title}`}
          description={`Best proprietary minus best open-weight rating per snapshot from ${first} to ${last?.date ?? ""}; latest ${last?.gap ?? "—"} points.`}
          draw={(sx, sy) => (
            <>
              <path d={`M0 ${sy(0)}H1000`} style={{ stroke: "var(--fg-muted)" }} />
              {events(sx)}
              <path
                d={bandPath(
                  points.map((p) =>
                    p.gap === null ? ([p.t, null, null] as const) : ([p.t, 0, p.gap] as const),
                  ),
                  sx,
                  sy,
                  true,
                )}
                style={{ fill: GAP_SERIES.gap.color, fillOpacity: 0.2 }}
              />
              <path
                d={linePath(
                  points.map((p) => [p.t, p.gap] as const),
                  sx,
                  sy,
                  true,
                )}
                stroke={GAP_SERIES.gap.color}
                fill="none"
                strokeWidth={2}
                data-testid="chart-line"
              />
            </>
          )}
        />
      </div>
    </>
  );
}
