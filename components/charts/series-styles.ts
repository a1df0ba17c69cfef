// Okabe–Ito hues (distinguishable with the common colour-vision deficiencies) with distinct dash
// patterns, so lines stay apart without colour; bars keep the legend's order and a table beside them.
// The hues live in app/globals.css as --series-1 … --series-8 (light and dark).
export const SERIES_STYLES = [
  { color: "var(--series-1)", dash: undefined },
  { color: "var(--series-2)", dash: "6 3" },
  { color: "var(--series-3)", dash: "2 2" },
  { color: "var(--series-4)", dash: "8 3 2 3" },
  { color: "var(--series-5)", dash: "4 4" },
  { color: "var(--series-6)", dash: "1 3" },
  { color: "var(--series-7)", dash: "10 4" },
  { color: "var(--series-8)", dash: "3 6" },
] as const satisfies readonly { color: string; dash: string | undefined }[];

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
}

/** The two frontier lines every gap chart draws (Arena or benchmark), so they look the same everywhere. */
export const FRONTIER_SERIES = {
  closed: { label: "Best proprietary", color: "var(--series-closed)", dash: undefined },
  open: { label: "Best open-weight", color: "var(--series-open)", dash: "6 4" },
} as const satisfies Record<string, { label: string; color: string; dash: string | undefined }>;
