// One look for every Recharts chart: grid, axes, margins and date ticks. Colours are CSS
// variables (app/globals.css) so light and dark themes need no code.

import { formatTimeTick, timeTicks } from "@/lib/charts/time-ticks";

export const CHART_MARGIN = { top: 8, right: 16, bottom: 0, left: 0 } as const;

export const GRID_PROPS = { stroke: "var(--border)", strokeDasharray: "3 3" } as const;

export const AXIS_PROPS = { stroke: "var(--fg-muted)", fontSize: 12 } as const;

/** A time axis over epoch-millisecond `t` values. */
export const TIME_AXIS_PROPS = {
  ...AXIS_PROPS,
  dataKey: "t",
  type: "number",
  scale: "time",
} as const;

export const formatDayTick = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Names a chart for assistive technology: an image with a label and a description (Recharts
 * would otherwise mark the SVG as an unnamed "application").
 */
export function chartA11y(name: string, description: string) {
  return { role: "img", "aria-label": name, title: name, desc: description } as const;
}

/**
 * Props for a date axis over [from, to] with calendar ticks (at most `maxTicks`) that read
 * "2024", "Jul", …: every ratings-over-time chart uses it, so their axes look alike.
 */
export function timeAxisProps(domain: [number, number], maxTicks: number) {
  return {
    ...TIME_AXIS_PROPS,
    domain,
    ticks: timeTicks(domain[0], domain[1], maxTicks),
    tickFormatter: formatTimeTick,
    interval: 0,
  } as const;
}
