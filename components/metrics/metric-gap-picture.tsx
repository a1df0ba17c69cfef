import { SvgPlot } from "@/components/charts/svg-plot";
import { bandPath, linePath } from "@/components/charts/svg-paths";
import { stepAfter } from "@/lib/charts/step-after";
import { FRONTIER_SERIES } from "@/components/charts/series-styles";
import { niceTicks } from "@/lib/charts/nice-ticks";
import { formatTimeTick } from "@/lib/charts/time-ticks";
import type { MetricChartPoint } from "@/lib/metrics/to-metric-chart-points";

// As MetricGapChart shades them: the open band a little stronger, as it sits under a dashed line.
const BAND_OPACITY = { closed: 0.12, open: 0.15 } as const;

/** MetricGapChart's picture, drawn on the server: the same axes, steps and 95% bands. */
export function MetricGapPicture({
  points,
  domain,
  ticks,
  unit,
  label,
}: {
  points: readonly MetricChartPoint[];
  domain: [number, number];
  ticks: readonly number[];
  unit: string;
  label: string;
}) {
  const values = points.flatMap((p) =>
    [p.closed, p.open, ...(p.closedBand ?? []), ...(p.openBand ?? [])].filter(
      (v): v is number => typeof v === "number" && Number.isFinite(v),
    ),
  );
  const y = niceTicks(Math.min(...values), Math.max(...values), 5);
  const band = (pick: (p: MetricChartPoint) => [number, number] | null) =>
    stepAfter(
      points.map((p) => {
        const b = pick(p);
        return b ? ([p.t, b[0], b[1]] as const) : ([p.t, null, null] as const);
      }),
    );
  const line = (pick: (p: MetricChartPoint) => number | null) =>
    stepAfter(points.map((p) => [p.t, pick(p)] as const));
  return (
    <SvgPlot
      x={{ domain, ticks: ticks.map((v, i) => ({ v, label: formatTimeTick(v, i) })) }}
      y={{ domain: y.domain, ticks: y.ticks.map((v) => ({ v, label: String(v) })) }}
      yWidth={40}
      label={label}
      description={`Best proprietary and best open-weight score over time, in ${unit}.`}
      draw={(sx, sy) => (
        <>
          {(["closed", "open"] as const).map((side) => (
            <path
              key={`${side}-band`}
              d={bandPath(
                band((p) => p[`${side}Band`]),
                sx,
                sy,
              )}
              fill={FRONTIER_SERIES[side].color}
              fillOpacity={BAND_OPACITY[side]}
            />
          ))}
          {(["closed", "open"] as const).map((side) => (
            <path
              key={side}
              d={linePath(
                line((p) => p[side]),
                sx,
                sy,
              )}
              stroke={FRONTIER_SERIES[side].color}
              strokeDasharray={FRONTIER_SERIES[side].dash}
              strokeWidth={2}
              fill="none"
              data-testid="chart-line"
            />
          ))}
        </>
      )}
    />
  );
}
