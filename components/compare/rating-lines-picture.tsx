import { SvgPlot } from "@/components/charts/svg-plot";
import { dotsPath, linePath, verticalsPath } from "@/components/charts/svg-paths";
import { seriesStyle } from "@/components/charts/series-styles";
import { formatDayTick } from "@/components/charts/chart-config";
import { formatTimeTick } from "@/lib/charts/time-ticks";
import { buildRatingAxis } from "@/lib/compare/build-rating-axis";
import { buildTimeAxis } from "@/lib/models/build-time-axis";
import type { RatingLine } from "./rating-lines-chart";
import styles from "./compare-charts.module.css";

/** RatingLinesChart's picture, drawn on the server: same axes, lines, dots and legend. */
export function RatingLinesPicture({
  lines,
  markDate,
  label,
}: {
  lines: RatingLine[];
  markDate?: string;
  label: string;
}) {
  const times = lines.flatMap((l) => l.points.map((p) => p.t));
  const { domain, ticks, unit } = buildTimeAxis(Math.min(...times), Math.max(...times), 5);
  const axis = buildRatingAxis(
    lines.flatMap((l) => l.points.flatMap((p) => (p.rating === null ? [] : [p.rating]))),
    5,
  );
  const mark = markDate ? Date.parse(`${markDate}T00:00:00Z`) : null;
  return (
    <div className={styles.picture}>
      <div className={styles.picturePlot}>
        <SvgPlot
          x={{
            domain,
            ticks: ticks.map((v, i) => ({
              v,
              label: unit === "day" ? formatDayTick(v) : formatTimeTick(v, i),
            })),
          }}
          y={{ domain: axis.domain, ticks: axis.ticks.map((v) => ({ v, label: v.toFixed(0) })) }}
          yWidth={44}
          label={label}
          description={`One line per series: ${lines.map((l) => l.name).join(", ")}.`}
          draw={(sx, sy) => (
            <>
              {mark !== null && (
                <path
                  d={verticalsPath([mark], sx)}
                  style={{ stroke: "var(--fg-muted)", strokeDasharray: "2 4" }}
                />
              )}
              {lines.map((l, i) => {
                const style = seriesStyle(l.seriesIndex ?? i);
                const rated = l.points.flatMap((p) =>
                  p.rating === null ? [] : [[p.t, p.rating] as const],
                );
                const d = linePath(
                  l.points.map((p) => [p.t, p.rating] as const),
                  sx,
                  sy,
                );
                // A lone rating is a dot, not a line (as Recharts draws it).
                return (
                  <g key={l.key}>
                    {d.includes("L") && (
                      <path
                        d={d}
                        stroke={style.color}
                        strokeDasharray={style.dash}
                        fill="none"
                        strokeWidth={2}
                        data-testid="chart-line"
                      />
                    )}
                    {l.points.length <= 40 && (
                      <path
                        d={dotsPath(rated, sx, sy)}
                        style={{ stroke: style.color }}
                        strokeWidth={5}
                        strokeLinecap="round"
                      />
                    )}
                  </g>
                );
              })}
            </>
          )}
        />
      </div>
      <ul className={styles.legend} data-testid="chart-legend">
        {lines.map((l, i) => {
          const style = seriesStyle(l.seriesIndex ?? i);
          return (
            <li key={l.key} data-testid="legend-item">
              <svg width="14" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="14" y2="5" stroke={style.color} strokeWidth="3" />
              </svg>
              {l.name}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
