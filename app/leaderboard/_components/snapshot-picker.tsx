"use client";

import { useRef, useState } from "react";
import type { LeaderboardParams } from "@/app/leaderboard/search-params";
import styles from "@/app/leaderboard/_components/leaderboard-controls.module.css";

export interface SnapshotDates {
  first: string;
  last: string;
  /** The snapshot on show, and its neighbours on the same source and board. */
  shown: string;
  previous: string | null;
  next: string | null;
}

// Typing a year into a date input passes through dates like 0002-08-01; wait for a plausible one.
const COMMIT_DELAY_MS = 400;
const isPlausible = (v: string) => /^(19|20)\d\d-\d\d-\d\d$/.test(v);

/** Time travel: a date (the board as it stood then) plus steps to the neighbouring snapshots. */
export function SnapshotPicker({
  params,
  dates,
  go,
}: {
  params: LeaderboardParams;
  dates: SnapshotDates;
  go: (next: LeaderboardParams) => void;
}) {
  const value = params.at ?? dates.shown;
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onDate = (v: string) => {
    setDraft(v);
    if (timer.current) clearTimeout(timer.current);
    if (!v) return;
    if (isPlausible(v)) timer.current = setTimeout(() => go({ ...params, at: v }), COMMIT_DELAY_MS);
  };

  return (
    <fieldset className={styles.group} data-testid="snapshot-picker">
      <legend>Snapshot</legend>
      <label className={styles.field}>
        As of
        <input
          type="date"
          name="at"
          value={draft}
          min={dates.first}
          max={dates.last}
          data-testid="control-at"
          onChange={(e) => onDate(e.target.value)}
        />
      </label>
      <button
        type="button"
        disabled={!dates.previous}
        data-testid="snapshot-previous"
        onClick={() => dates.previous && go({ ...params, at: dates.previous })}
      >
        ← Previous
      </button>
      <button
        type="button"
        disabled={!dates.next}
        data-testid="snapshot-next"
        onClick={() => dates.next && go({ ...params, at: dates.next })}
      >
        Next →
      </button>
      <button
        type="button"
        disabled={params.at === null}
        data-testid="snapshot-latest"
        onClick={() => go({ ...params, at: null })}
      >
        Latest
      </button>
    </fieldset>
  );
}
