import { FRONTIER_SERIES } from "@/components/charts/series-styles";
import type { ChartAnnotations } from "@/lib/gap/to-chart-annotations";

/** Shared by the server-drawn picture and the interactive charts, so both look the same. */
export const GAP_SERIES = {
  ...FRONTIER_SERIES,
  gap: { label: "Gap (points)", color: "var(--series-gap)", dash: undefined },
} satisfies Record<string, { label: string; color: string; dash: string | undefined }>;

export const EVENT_STYLE = {
  release: { stroke: "var(--fg-muted)", dash: "2 4" },
  method: { stroke: "var(--series-closed)", dash: "6 3" },
  source: { stroke: "var(--fg)", dash: "1 3" },
} satisfies Record<ChartAnnotations["events"][number]["kind"], { stroke: string; dash: string }>;
