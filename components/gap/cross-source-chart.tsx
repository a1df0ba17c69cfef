import { SvgPlot } from "@/components/charts/svg-plot";
import { linePath } from "@/components/charts/svg-paths";
import { seriesStyle } from "@/components/charts/series-styles";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { formatTimeTick, timeTicks } from "@/lib/charts/time-ticks";
import styles from "./gap-chart.module.css";

export interface CrossSourceSeries {
  source: string;
  name: string;
  points: { t: number; gap: number }[];
}

/**
 * One gap line per source, drawn on the server: a picture for comparing shapes (the exact
 * numbers are in each source's own table and the agreement table below it).
 */
export function CrossSourceChart({ series }: { series: CrossSourceSeries[] }) {
  const all = series.flatMap((s) => s.points.map((p) => p.t));
  const domain: [number, number] = [Math.min(...all), Math.max(...all)];
  const gaps = series.flatMap((s) => s.points.map((p) => p.gap));
  const y = niceTicks(Math.min(0, ...gaps), Math.max(...gaps), 5);
  return (
    <figure className={styles.figure} data-testid="cross-source-chart">
      {/* The legend is HTML beside the chart, so nine sources never squeeze the plot. */}
      <figcaption>
        <ul className={styles.sourceLegend}>
          {series.map((s, i) => (
            <li key={s.source}>
              <svg width="22" height="10" aria-hidden="true">
                <line
                  x1="0"
                  y1="5"
                  x2="22"
                  y2="5"
                  stroke={seriesStyle(i).color}
                  strokeWidth="3"
                  strokeDasharray={seriesStyle(i).dash}
                />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <div className={styles.crossPlot}>
        <SvgPlot
          x={{
            domain,
            ticks: timeTicks(domain[0], domain[1], 8).map((v, i) => ({
              v,
              label: formatTimeTick(v, i),
            })),
            narrowTicks: timeTicks(domain[0], domain[1], 4).map((v, i) => ({
              v,
              label: formatTimeTick(v, i),
            })),
          }}
          y={{ domain: y.domain, ticks: y.ticks.map((v) => ({ v, label: String(v) })) }}
          yWidth={40}
          label="The gap source by source"
          description={`One line per source (${series.map((s) => s.name).join(", ")}), each its own within-snapshot gap in rating points.`}
          draw={(sx, sy) =>
            series.map((s, i) => (
              <path
                key={s.source}
                d={linePath(
                  s.points.map((p) => [p.t, p.gap] as const),
                  sx,
                  sy,
                )}
                stroke={seriesStyle(i).color}
                strokeDasharray={seriesStyle(i).dash}
                fill="none"
                strokeWidth={2}
                data-testid="chart-line"
              />
            ))
          }
        />
      </div>
    </figure>
  );
}
