"use client";

import type { ComponentProps, ReactNode } from "react";
import { OnDemandFrame } from "@/components/charts/on-demand-frame";
import { useOnDemand } from "@/components/charts/use-on-demand";
import type { RatingLinesChart } from "./rating-lines-chart";

// Recharts arrives with the interactive chart, when a reader first reaches for it.
const load = () => import("./rating-lines-chart").then((m) => ({ Chart: m.RatingLinesChart }));

/** The server-drawn picture (children) until hover, tap or focus; then the interactive chart. */
export function RatingLinesOnDemand({
  children,
  ...props
}: ComponentProps<typeof RatingLinesChart> & { children: ReactNode }) {
  const { state, triggers } = useOnDemand(load);
  return (
    <OnDemandFrame
      status={state.status}
      error={state.status === "error" ? state.message : undefined}
      triggers={triggers}
      picture={children}
      live={state.status === "done" && <state.data.Chart {...props} />}
      fallback="the picture shows the lines"
    />
  );
}
