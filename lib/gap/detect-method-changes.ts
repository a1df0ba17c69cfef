import type { MethodChange } from "./types";

/**
 * Re-anchoring threshold: between consecutive snapshots of one board the median move of the
 * models both rate is noise of a few points (|median| < 5 for 96 % of the 570 pairs in the
 * bundled history); every documented re-anchoring moved it by 9 to 94 points. A median of at
 * least 8 points over at least 5 shared models is read as a change of scale, not of skill.
 */
export const SCALE_SHIFT_POINTS = 8;
export const SCALE_SHIFT_MIN_SHARED = 5;

export interface ScaleShiftInput {
  source: string;
  date: string;
  previousDate: string;
  medianShift: number;
  sharedModels: number;
}

/** Method changes found in the data itself: the whole board moved between two snapshots. */
export function detectMethodChanges(shifts: readonly ScaleShiftInput[]): MethodChange[] {
  return shifts
    .filter(
      (s) =>
        Math.abs(s.medianShift) >= SCALE_SHIFT_POINTS && s.sharedModels >= SCALE_SHIFT_MIN_SHARED,
    )
    .map((s) => {
      const signed = `${s.medianShift > 0 ? "+" : "−"}${Math.abs(Math.round(s.medianShift))}`;
      return {
        source: s.source,
        date: s.date,
        label: `Scale moved ${signed} points`,
        detail: `The ${s.sharedModels} models rated both on ${s.previousDate} and on ${s.date} moved by a median of ${signed} points: the board was re-anchored or re-fitted, so ratings before and after are not on one scale (gaps within each snapshot are unaffected).`,
        detected: true,
      };
    });
}
