"use client";

import { onDemandChart } from "@/components/charts/on-demand-chart";

/** The server-drawn picture (children) until hover, tap or focus; then the interactive chart. */
export const MetricGapOnDemand = onDemandChart(
  () => import("./metric-gap-chart").then((m) => m.MetricGapChart),
  "the figures above the picture give the latest scores",
);
