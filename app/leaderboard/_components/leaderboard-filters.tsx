"use client";

import { useEffect, useRef, useState } from "react";
import type { LeaderboardParams } from "@/app/leaderboard/search-params";
import { LICENCE_CLASSES, type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";
import styles from "@/app/leaderboard/_components/leaderboard-controls.module.css";

export interface FilterChoices {
  classes: { value: LicenceClass; count: number }[];
  licences: { slug: string; label: string; count: number }[];
  organizations: { slug: string; label: string; count: number }[];
}

const SEARCH_DELAY_MS = 300;

const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

/** Search and the licence and organisation filters; each list holds alternatives. */
export function LeaderboardFilters({
  params,
  choices,
  go,
}: {
  params: LeaderboardParams;
  choices: FilterChoices;
  go: (next: LeaderboardParams) => void;
}) {
  // The search box keeps what is typed while earlier keystrokes are still being rendered.
  const [draft, setDraft] = useState(params.q);
  const [sent, setSent] = useState(params.q);
  // Compared trimmed: the URL drops a trailing space that the user is still typing past.
  if (sent.trim() !== params.q.trim()) {
    setSent(params.q);
    setDraft(params.q);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The delayed search applies to the params as they are when it fires, not as they were at the
  // keystroke: a filter changed within the delay must not be undone.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const onSearch = (q: string) => {
    setDraft(q);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSent(q);
      go({ ...latest.current, q });
    }, SEARCH_DELAY_MS);
  };

  return (
    <>
      <label className={styles.field}>
        Search models
        <input
          type="search"
          name="q"
          value={draft}
          placeholder="e.g. llama"
          maxLength={100}
          data-testid="control-q"
          onChange={(e) => onSearch(e.target.value)}
        />
      </label>
      <fieldset className={styles.group}>
        <legend>Licence class</legend>
        {LICENCE_CLASSES.map((c) => (
          <label key={c} className={styles.check}>
            <input
              type="checkbox"
              name="cls"
              value={c}
              checked={params.cls.includes(c)}
              data-testid={`control-cls-${c}`}
              onChange={(e) => go({ ...params, cls: toggle(params.cls, c, e.target.checked) })}
            />
            {LICENCE_CLASS_LABELS[c]}{" "}
            <span className="muted">
              ({choices.classes.find((x) => x.value === c)?.count ?? 0})
            </span>
          </label>
        ))}
      </fieldset>
      <FacetList
        legend="Licence"
        name="lic"
        options={choices.licences}
        selected={params.lic}
        onChange={(lic) => go({ ...params, lic })}
      />
      <FacetList
        legend="Organisation"
        name="org"
        options={choices.organizations}
        selected={params.org}
        onChange={(org) => go({ ...params, org })}
      />
    </>
  );
}

function FacetList({
  legend,
  name,
  options,
  selected,
  onChange,
}: {
  legend: string;
  name: string;
  options: { slug: string; label: string; count: number }[];
  selected: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <details className={styles.more}>
        <summary data-testid={`control-${name}-summary`}>
          {selected.length ? `${selected.length} selected` : "All"}
        </summary>
        <div className={styles.scrollList}>
          {options.map((o) => (
            <label key={o.slug} className={styles.check}>
              <input
                type="checkbox"
                name={name}
                value={o.slug}
                checked={selected.includes(o.slug)}
                data-testid={`control-${name}-${o.slug}`}
                onChange={(e) => onChange(toggle(selected, o.slug, e.target.checked))}
              />
              {o.label} <span className="muted">({o.count})</span>
            </label>
          ))}
        </div>
      </details>
    </fieldset>
  );
}
