import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { GapChartLegend, type ReleasesToggle } from "./gap-chart-legend";
import { GapChartOnDemand } from "./gap-chart-on-demand";
import { GapChartPicture } from "./gap-chart-picture";
import styles from "./gap-chart.module.css";

/**
 * The home page's gap charts: drawn on the server as SVG (no chart code in the first load),
 * replaced by the interactive charts when a reader reaches for exact values.
 */
export function GapFigure({
  points,
  query,
  sourceNames,
  annotations,
  releases,
  title,
}: {
  points: GapChartPoint[];
  /** The view's query string; the interactive charts fetch the same view from GET /api/gap. */
  query: string;
  sourceNames: Record<string, string>;
  annotations: ChartAnnotations;
  releases: ReleasesToggle;
  title: string;
}) {
  return (
    <figure className={styles.figure} data-testid="gap-chart">
      <GapChartLegend releases={releases} />
      {/* A new view starts again from its picture (the fetched series belongs to the old one). */}
      <GapChartOnDemand
        key={query}
        query={query}
        sourceNames={sourceNames}
        annotations={annotations}
        title={title}
      >
        <GapChartPicture points={points} annotations={annotations} title={title} />
      </GapChartOnDemand>
    </figure>
  );
}
