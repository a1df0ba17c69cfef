"use client";

import { onDemandChart } from "@/components/charts/on-demand-chart";

/** The server-drawn bars (children) until hover, tap or focus; then the interactive chart. */
export const CompareBarsOnDemand = onDemandChart(
  () => import("./compare-bars-chart").then((m) => m.CompareBarsChart),
  "the table below has the numbers",
);
