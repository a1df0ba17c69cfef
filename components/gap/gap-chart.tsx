"use client";

import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";
import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import { GapChartLegend, type ReleasesToggle } from "./gap-chart-legend";
import { GapChartPanels } from "./gap-chart-panels";
import styles from "./gap-chart.module.css";

/** The interactive gap charts with their legend, drawn in the browser (the embed uses it). */
export function GapChart({
  points,
  sourceNames,
  annotations,
  releases,
  title,
  fill = false,
}: {
  points: GapChartPoint[];
  sourceNames: Record<string, string>;
  annotations: ChartAnnotations;
  /** Model releases are drawn only when asked (`rel=1`); the link flips that in the URL. */
  releases?: ReleasesToggle;
  /** Names the charts for screen readers: what, where and over which dates. */
  title: string;
  /** Fill the parent's height (an embed's frame) instead of the page's fixed heights. */
  fill?: boolean;
}) {
  return (
    <figure
      className={fill ? `${styles.figure} ${styles.fill}` : styles.figure}
      data-testid="gap-chart"
    >
      <GapChartLegend releases={releases} />
      <GapChartPanels
        points={points}
        sourceNames={sourceNames}
        annotations={annotations}
        title={title}
      />
    </figure>
  );
}
