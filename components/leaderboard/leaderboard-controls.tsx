"use client";

import { useSyncExternalStore, type FormEvent } from "react";
import {
  serializeLeaderboardParams,
  type LeaderboardParams,
} from "@/app/leaderboard/search-params";
import { formatSortOrder } from "@/lib/leaderboard/sort-entries";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { useUrlParams } from "@/components/share/use-url-params";
import { LeaderboardFilters, type FilterChoices } from "./leaderboard-filters";
import { SnapshotPicker, type SnapshotDates } from "./snapshot-picker";
import styles from "./leaderboard-controls.module.css";

export interface ControlChoices extends FilterChoices {
  arenas: { value: string; label: string }[];
  styleControlAvailable: boolean;
  sources: { slug: string; label: string }[];
  /** The source on show (the automatic choice when the URL names none). */
  shownSource: string;
  categories: { slug: string; label: string }[];
  dates: SnapshotDates | null;
}

/**
 * A plain GET form (works without JavaScript); with JavaScript each change navigates at once.
 * All state lives in the URL through app/leaderboard/search-params.ts.
 */
export function LeaderboardControls({
  params: fromUrl,
  choices,
}: {
  params: LeaderboardParams;
  choices: ControlChoices;
}) {
  const { params, go, pending, urlQuery } = useUrlParams(
    fromUrl,
    "/leaderboard",
    serializeLeaderboardParams,
  );
  const onSubmit = (e: FormEvent) => e.preventDefault();
  // True once hydrated: before that the controls are a plain form that needs a submit.
  const interactive = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

  return (
    <form
      method="get"
      action="/leaderboard"
      className={styles.controls}
      onSubmit={onSubmit}
      aria-busy={pending}
      data-testid="leaderboard-controls"
      data-query={urlQuery}
      data-interactive={interactive}
    >
      <label className={styles.field}>
        Source
        <select
          name="source"
          value={params.source ?? choices.shownSource}
          data-testid="control-source"
          onChange={(e) => go({ ...params, source: e.target.value })}
        >
          {choices.sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        Arena
        <select
          name="arena"
          value={params.arena}
          data-testid="control-arena"
          onChange={(e) =>
            go({
              ...params,
              arena: e.target.value as LeaderboardParams["arena"],
              sc: false,
              source: null,
              cat: "overall",
            })
          }
        >
          {choices.arenas.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label
        className={styles.check}
        title={
          choices.styleControlAvailable ? undefined : "No style-controlled data for this arena"
        }
      >
        <input
          type="checkbox"
          name="sc"
          value="1"
          checked={params.sc}
          disabled={!choices.styleControlAvailable && !params.sc}
          data-testid="control-sc"
          onChange={(e) => go({ ...params, sc: e.target.checked, source: null })}
        />
        Style control
      </label>
      <label className={styles.field}>
        Category
        <select
          name="cat"
          value={params.cat}
          data-testid="control-cat"
          onChange={(e) => go({ ...params, cat: e.target.value })}
        >
          {choices.categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {choices.dates && <SnapshotPicker params={params} dates={choices.dates} go={go} />}
      <div className={styles.break} aria-hidden="true" />
      <LeaderboardFilters params={params} choices={choices} go={go} />
      <div className={styles.actions}>
        <noscript>
          <button type="submit">Apply</button>
        </noscript>
        {/* Sorting happens in the table headers; a plain submit must not drop it. */}
        {urlQuery.includes("sort=") && (
          <input type="hidden" name="sort" value={formatSortOrder(params.sort)} />
        )}
        <CopyLinkButton />
        {pending && (
          <span role="status" className="muted">
            Updating…
          </span>
        )}
      </div>
    </form>
  );
}

const subscribeNever = () => () => {};
