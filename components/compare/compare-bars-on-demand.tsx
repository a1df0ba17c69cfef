"use client";

import type { ComponentProps, ReactNode } from "react";
import { OnDemandFrame } from "@/components/charts/on-demand-frame";
import { useOnDemand } from "@/components/charts/use-on-demand";
import type { CompareBarsChart } from "./compare-bars-chart";

// Recharts arrives with the interactive chart, when a reader first reaches for it.
const load = () => import("./compare-bars-chart").then((m) => ({ Chart: m.CompareBarsChart }));

/** The server-drawn bars (children) until hover, tap or focus; then the interactive chart. */
export function CompareBarsOnDemand({
  children,
  ...props
}: ComponentProps<typeof CompareBarsChart> & { children: ReactNode }) {
  const { state, triggers } = useOnDemand(load);
  return (
    <OnDemandFrame
      status={state.status}
      error={state.status === "error" ? state.message : undefined}
      triggers={triggers}
      picture={children}
      live={state.status === "done" && <state.data.Chart {...props} />}
      fallback="the table below has the numbers"
    />
  );
}
