import type { StatedOpenness } from "@/lib/metrics/metric-domain";

// Epoch's `Model accessibility` vocabulary (Data on AI Models). Hosted access without an API is
// still closed weights; "Unreleased" counts on neither side.
const OPENNESS: Readonly<Record<string, StatedOpenness>> = {
  "Open weights (unrestricted)": "open",
  "Open weights (restricted use)": "open",
  "Open weights (non-commercial)": "open",
  "API access": "closed",
  "Hosted access (no API)": "closed",
  Unreleased: "unreleased",
};

/** null when Epoch leaves the field empty (which does not mean closed); undefined for a new label. */
export function classifyAccessibility(label: string | null): StatedOpenness | null | undefined {
  if (label === null) return null;
  return OPENNESS[label];
}
