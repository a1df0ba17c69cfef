import type { SnapshotRef } from "./types";

export interface ResolvedSnapshot {
  snapshot: SnapshotRef;
  /** The snapshot before it on the same source and board, for "changes since". */
  previous: SnapshotRef | null;
  /** Set when the requested date had no snapshot of its own. */
  note: { kind: "earlier" | "first"; requested: string } | null;
}

/**
 * Time travel: the snapshot published on `at`, else the nearest earlier one (a board as it stood
 * on that day); a date before the first snapshot gets the first. `snapshots` is sorted by date.
 */
export function resolveSnapshot(
  snapshots: readonly SnapshotRef[],
  at: string | null,
): ResolvedSnapshot | null {
  if (snapshots.length === 0) return null;
  let index = snapshots.length - 1;
  let note: ResolvedSnapshot["note"] = null;
  if (at !== null) {
    const earlier = snapshots.findLastIndex((s) => s.date <= at);
    if (earlier === -1) {
      index = 0;
      note = { kind: "first", requested: at };
    } else {
      index = earlier;
      if (snapshots[earlier]?.date !== at) note = { kind: "earlier", requested: at };
    }
  }
  const snapshot = snapshots[index];
  if (!snapshot) return null;
  return { snapshot, previous: snapshots[index - 1] ?? null, note };
}

/** The user-facing sentence for a substituted date. */
export function describeSnapshotNote(
  note: NonNullable<ResolvedSnapshot["note"]>,
  shown: string,
  sourceName: string,
): string {
  return note.kind === "first"
    ? `${note.requested} is before the first ${sourceName} snapshot of this board, so the first one (${shown}) is shown.`
    : `${sourceName} has no snapshot of this board on ${note.requested}; showing the nearest earlier one, ${shown}.`;
}
