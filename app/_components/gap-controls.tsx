"use client";

import { useState } from "react";
import { serializeGapParams, type GapParams } from "@/app/search-params";
import { type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";
import type { DatePreset } from "@/lib/gap/date-presets";
import { UrlControlsForm } from "@/components/share/url-controls-form";
import { SelectField, StyleControlToggle } from "@/components/share/select-field";
import { useUrlParams } from "@/components/share/use-url-params";
import styles from "@/app/_components/gap-controls.module.css";

export interface ControlChoices {
  categories: { slug: string; label: string }[];
  boards: { value: string; label: string }[];
  sources: { slug: string; label: string }[];
  licences: { slug: string; label: string; count: number }[];
  organizations: { slug: string; label: string; count: number }[];
  presets: DatePreset[];
  styleControlAvailable: boolean;
}

const OPEN_CLASSES = [
  "open-osi",
  "open-restricted",
  "non-commercial",
  "unknown",
] as const satisfies readonly LicenceClass[];

/**
 * A plain GET form (works without JavaScript); with JavaScript every change navigates at once.
 * All state lives in the URL via the route's search-params module.
 */
export function GapControls({
  params: fromUrl,
  choices,
}: {
  params: GapParams;
  choices: ControlChoices;
}) {
  const { params, go, pending, urlQuery } = useUrlParams(fromUrl, "/", serializeGapParams);
  // A hundred organisation rows are drawn when first opened (or when the view filters by
  // organisation, so the form carries those choices); they would double the page's size.
  const [orgsShown, setOrgsShown] = useState(fromUrl.orgIn.length + fromUrl.orgOut.length > 0);
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

  return (
    <UrlControlsForm
      action={"/"}
      className={styles.controls}
      actionsClassName={styles.actions}
      testId="gap-controls"
      copyLink={false}
      pending={pending}
      urlQuery={urlQuery}
    >
      <SelectField
        label="Category"
        name="cat"
        className={styles.field}
        value={params.cat}
        options={choices.categories.map((c) => ({ value: c.slug, label: c.label }))}
        onChange={(cat) => go({ ...params, cat })}
      />
      <SelectField
        label="Leaderboard"
        name="arena"
        className={styles.field}
        value={params.arena}
        options={choices.boards}
        onChange={(arena) =>
          go({
            ...params,
            arena: arena as GapParams["arena"],
            cat: "overall",
            sc: false,
            source: "all",
          })
        }
      />
      <StyleControlToggle
        className={styles.check}
        checked={params.sc}
        available={choices.styleControlAvailable}
        onChange={(sc) => go({ ...params, sc })}
      />
      <SelectField
        label="Source"
        name="source"
        className={styles.field}
        value={params.source}
        leading={{ value: "all", label: "All sources (stitched)" }}
        options={choices.sources.map((s) => ({ value: s.slug, label: s.label }))}
        onChange={(source) => go({ ...params, source })}
      />
      <fieldset className={styles.group}>
        <legend>Counts as open</legend>
        {OPEN_CLASSES.map((c) => (
          <label key={c} className={styles.check}>
            <input
              type="checkbox"
              name="open"
              value={c}
              checked={params.open.includes(c)}
              data-testid={`control-open-${c}`}
              onChange={(e) =>
                go({ ...params, open: toggle(params.open, c, e.target.checked) as LicenceClass[] })
              }
            />
            {LICENCE_CLASS_LABELS[c]}
          </label>
        ))}
        <details className={styles.more}>
          <summary>Individual licences{params.lic.length ? ` (${params.lic.length})` : ""}</summary>
          <div className={styles.scrollList}>
            {choices.licences.map((l) => (
              <label key={l.slug} className={styles.check}>
                <input
                  type="checkbox"
                  name="lic"
                  value={l.slug}
                  checked={params.lic.includes(l.slug)}
                  onChange={(e) =>
                    go({ ...params, lic: toggle(params.lic, l.slug, e.target.checked) })
                  }
                />
                {l.label} <span className="muted">({l.count})</span>
              </label>
            ))}
          </div>
        </details>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Organisations</legend>
        <details
          className={styles.more}
          onToggle={(e) => {
            if (e.currentTarget.open) setOrgsShown(true);
          }}
        >
          <summary data-testid="control-org-summary">
            {params.orgIn.length ? `Only ${params.orgIn.length}` : "All"}
            {params.orgOut.length ? `, excluding ${params.orgOut.length}` : ""}
          </summary>
          {orgsShown ? (
            <div className={styles.scrollList}>
              {choices.organizations.map((o) => (
                <div key={o.slug} className={styles.orgRow}>
                  <span>{o.label}</span>
                  <label className={styles.check}>
                    <input
                      type="checkbox"
                      name="org"
                      value={o.slug}
                      checked={params.orgIn.includes(o.slug)}
                      aria-label={`Only ${o.label}`}
                      data-testid={`control-org-in-${o.slug}`}
                      onChange={(e) =>
                        go({ ...params, orgIn: toggle(params.orgIn, o.slug, e.target.checked) })
                      }
                    />
                    only
                  </label>
                  <label className={styles.check}>
                    <input
                      type="checkbox"
                      name="org"
                      value={`-${o.slug}`}
                      checked={params.orgOut.includes(o.slug)}
                      aria-label={`Exclude ${o.label}`}
                      data-testid={`control-org-out-${o.slug}`}
                      onChange={(e) =>
                        go({ ...params, orgOut: toggle(params.orgOut, o.slug, e.target.checked) })
                      }
                    />
                    exclude
                  </label>
                </div>
              ))}
            </div>
          ) : null}
        </details>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Dates</legend>
        <div className={styles.presets}>
          {choices.presets.map((p) => (
            <button
              key={p.id}
              type="button"
              className={styles.preset}
              aria-pressed={params.from === p.from && params.to === p.to}
              data-testid={`preset-${p.id}`}
              onClick={() => go({ ...params, from: p.from, to: p.to })}
            >
              {p.label}
            </button>
          ))}
        </div>
        <label className={styles.field}>
          From
          <input
            type="date"
            name="from"
            value={params.from ?? ""}
            data-testid="control-from"
            onChange={(e) => go({ ...params, from: e.target.value || null })}
          />
        </label>
        <label className={styles.field}>
          To
          <input
            type="date"
            name="to"
            value={params.to ?? ""}
            data-testid="control-to"
            onChange={(e) => go({ ...params, to: e.target.value || null })}
          />
        </label>
      </fieldset>
    </UrlControlsForm>
  );
}
