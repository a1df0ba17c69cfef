// Okabe–Ito hues (distinguishable with the common colour-vision deficiencies) with distinct dash
// patterns, so lines stay apart without colour; bars keep the legend's order and a table beside them.
export const SERIES_STYLES = [
  { color: "#0072b2", dash: undefined },
  { color: "#d55e00", dash: "6 3" },
  { color: "#009e73", dash: "2 2" },
  { color: "#cc79a7", dash: "8 3 2 3" },
  { color: "#e69f00", dash: "4 4" },
  { color: "#56b4e9", dash: "1 3" },
  { color: "#999999", dash: "10 4" },
  { color: "#8c6d31", dash: "3 6" },
] as const satisfies readonly { color: string; dash: string | undefined }[];

export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0];
}
