import { SvgPlot } from "@/components/charts/svg-plot";
import { seriesStyle } from "@/components/charts/series-styles";
import type { BarChartData } from "@/lib/compare/to-bar-rows";
import styles from "./compare-charts.module.css";

const num = (v: unknown) => (typeof v === "number" ? v : null);

/** A 95% whisker: a line from lo to hi with short caps (half the bar's height). */
const whisker = (lo: number, hi: number, y: number, cap: number) =>
  `M${lo} ${y}H${hi}M${lo} ${y - cap}V${y + cap}M${hi} ${y - cap}V${y + cap}`;

/**
 * CompareBarsChart's picture, drawn on the server: grouped horizontal bars with 95% whiskers,
 * categories down the side, the legend below. No bar where a model has no rating.
 */
export function CompareBarsPicture({
  data,
  models,
  categoryLabels,
  label,
}: {
  data: BarChartData;
  models: { slug: string; name: string; seriesIndex: number }[];
  categoryLabels: Record<string, string>;
  label: string;
}) {
  const n = data.rows.length;
  // Each category is one unit tall: bars fill the middle 80 %, split evenly between models.
  const bar = 0.8 / Math.max(1, models.length);
  return (
    <div className={styles.picture}>
      <div className={styles.picturePlot}>
        <SvgPlot
          x={{ domain: data.domain, ticks: data.ticks.map((v) => ({ v, label: String(v) })) }}
          y={{
            domain: [n, 0],
            ticks: data.rows.map((r, i) => ({
              v: i + 0.5,
              label: categoryLabels[r.category] ?? r.category,
            })),
          }}
          yWidth={96}
          grid="x"
          label={label}
          description={`Ratings of ${models.map((m) => m.name).join(", ")} per category, with 95% intervals; the table below has the same numbers.`}
          draw={(sx, sy) =>
            data.rows.flatMap((r, i) =>
              models.map((m, j) => {
                const rating = num(r[`m${j}`]);
                if (rating === null) return null;
                const e = r[`e${j}`];
                const top = sy(i + 0.1 + j * bar);
                const bottom = sy(i + 0.1 + (j + 1) * bar) - 2;
                const mid = Math.round((top + bottom) / 2);
                const x0 = sx(data.domain[0]);
                return (
                  <g key={`${r.category}-${m.slug}`}>
                    <path
                      d={`M${x0} ${top}H${sx(rating)}V${bottom}H${x0}Z`}
                      fill={seriesStyle(m.seriesIndex).color}
                      data-testid="bar"
                    />
                    {Array.isArray(e) && (
                      <path
                        d={whisker(
                          sx(rating - e[0]),
                          sx(rating + e[1]),
                          mid,
                          Math.round((bottom - top) / 4),
                        )}
                        style={{ stroke: "var(--fg)" }}
                        strokeWidth={1.2}
                        data-testid="whisker"
                      />
                    )}
                  </g>
                );
              }),
            )
          }
        />
      </div>
      <ul className={styles.legend}>
        {models.map((m) => (
          <li key={m.slug} data-testid="legend-item">
            <svg width="12" height="10" aria-hidden="true">
              <rect width="12" height="10" fill={seriesStyle(m.seriesIndex).color} />
            </svg>
            {m.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
