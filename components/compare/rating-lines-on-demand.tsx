"use client";

import { onDemandChart } from "@/components/charts/on-demand-chart";

/** The server-drawn picture (children) until hover, tap or focus; then the interactive chart. */
export const RatingLinesOnDemand = onDemandChart(
  () => import("./rating-lines-chart").then((m) => m.RatingLinesChart),
  "the picture shows the lines",
);
