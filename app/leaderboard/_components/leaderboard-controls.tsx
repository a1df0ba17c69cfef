"use client";

import { useSyncExternalStore } from "react";
import {
  serializeLeaderboardParams,
  type LeaderboardParams,
} from "@/app/leaderboard/search-params";
import { formatSortOrder } from "@/lib/leaderboard/sort-entries";
import { UrlControlsForm } from "@/components/share/url-controls-form";
import { SelectField, StyleControlToggle } from "@/components/share/select-field";
import { useUrlParams } from "@/components/share/use-url-params";
import {
  LeaderboardFilters,
  type FilterChoices,
} from "@/app/leaderboard/_components/leaderboard-filters";
import { SnapshotPicker, type SnapshotDates } from "@/app/leaderboard/_components/snapshot-picker";
import styles from "@/app/leaderboard/_components/leaderboard-controls.module.css";

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
  // True once hydrated: before that the controls are a plain form that needs a submit.
  const interactive = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );

  return (
    <UrlControlsForm
      action="/leaderboard"
      className={styles.controls}
      actionsClassName={styles.actions}
      testId="leaderboard-controls"
      pending={pending}
      urlQuery={urlQuery}
      interactive={interactive}
      hidden={
        // Sorting happens in the table headers; a plain submit must not drop it.
        urlQuery.includes("sort=") && (
          <input type="hidden" name="sort" value={formatSortOrder(params.sort)} />
        )
      }
    >
      <SelectField
        label="Source"
        name="source"
        className={styles.field}
        value={params.source ?? choices.shownSource}
        options={choices.sources.map((s) => ({ value: s.slug, label: s.label }))}
        onChange={(source) => go({ ...params, source })}
      />
      <SelectField
        label="Arena"
        name="arena"
        className={styles.field}
        value={params.arena}
        options={choices.arenas}
        onChange={(arena) =>
          go({
            ...params,
            arena: arena as LeaderboardParams["arena"],
            sc: false,
            source: null,
            cat: "overall",
          })
        }
      />
      <StyleControlToggle
        className={styles.check}
        checked={params.sc}
        available={choices.styleControlAvailable}
        onChange={(sc) => go({ ...params, sc, source: null })}
      />
      <SelectField
        label="Category"
        name="cat"
        className={styles.field}
        value={params.cat}
        options={choices.categories.map((c) => ({ value: c.slug, label: c.label }))}
        onChange={(cat) => go({ ...params, cat })}
      />
      {choices.dates && <SnapshotPicker params={params} dates={choices.dates} go={go} />}
      <div className={styles.break} aria-hidden="true" />
      <LeaderboardFilters params={params} choices={choices} go={go} />
    </UrlControlsForm>
  );
}

const subscribeNever = () => () => {};
