"use client";

import { useRef, type FormEvent } from "react";
import {
  MAX_MODELS,
  serializeCompareParams,
  type CompareParams,
} from "@/app/compare/search-params";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { useUrlParams } from "@/components/share/use-url-params";
import styles from "@/app/compare/_components/compare-controls.module.css";
import { ModelPicker, type PickerOption } from "@/components/compare/model-picker";

export interface CompareControlChoices {
  options: PickerOption[];
  categories: { slug: string; label: string }[];
  boards: { key: string; label: string; latest: string }[];
}

/**
 * A plain GET form (without JavaScript: a text field of slugs and an Apply button); with
 * JavaScript every change navigates at once. All state lives in the URL.
 */
export function CompareControls({
  params: fromUrl,
  choices,
}: {
  params: CompareParams;
  choices: CompareControlChoices;
}) {
  const pickerRef = useRef<HTMLInputElement>(null);
  const { params, go, pending, urlQuery } = useUrlParams(
    fromUrl,
    "/compare",
    serializeCompareParams,
  );
  const nameOf = (slug: string) => choices.options.find((o) => o.slug === slug)?.name ?? slug;
  const without = (slug: string) => ({
    ...params,
    models: params.models.filter((m) => m !== slug),
  });
  const onSubmit = (e: FormEvent) => e.preventDefault();

  return (
    <form
      method="get"
      action="/compare"
      className={styles.controls}
      onSubmit={onSubmit}
      aria-busy={pending}
      data-testid="compare-controls"
      data-query={urlQuery}
    >
      <fieldset className={styles.models}>
        <legend>
          Models ({params.models.length} of at most {MAX_MODELS}; the first is the baseline)
        </legend>
        <ul className={styles.chips} data-testid="model-chips">
          {params.models.map((slug, i) => (
            <li key={slug} className={styles.chip} data-testid="model-chip" data-slug={slug}>
              <span>
                {i === 0 && <span className="badge">baseline</span>} {nameOf(slug)}
              </span>
              <a
                href={`/compare${serializeCompareParams(without(slug))}`}
                className={styles.remove}
                aria-label={`Remove ${nameOf(slug)}`}
                data-testid={`remove-${slug}`}
                onClick={(e) => {
                  e.preventDefault();
                  go(without(slug));
                  pickerRef.current?.focus();
                }}
              >
                ×
              </a>
            </li>
          ))}
        </ul>
        <ModelPicker
          ref={pickerRef}
          options={choices.options}
          exclude={params.models}
          disabled={params.models.length >= MAX_MODELS}
          onPick={(slug) => go({ ...params, models: [...params.models, slug] })}
        />
        <noscript>
          <style>{`[data-picker]{display:none}`}</style>
          <label className={styles.field}>
            Model slugs or names, comma-separated
            <input type="text" name="models" defaultValue={params.models.join(",")} />
          </label>
        </noscript>
      </fieldset>
      {choices.categories.length > 0 && (
        <>
          <label className={styles.field}>
            History category
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
          <label className={styles.field}>
            Source
            <select
              name="source"
              value={params.source ?? ""}
              data-testid="control-source"
              onChange={(e) => go({ ...params, source: e.target.value || null })}
            >
              <option value="">Automatic (rates the most of these models)</option>
              {choices.boards.map((b) => (
                <option key={b.key} value={b.key}>
                  {b.label} (to {b.latest})
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Snapshot on or before
            <input
              type="date"
              name="at"
              value={params.at ?? ""}
              data-testid="control-at"
              onChange={(e) => go({ ...params, at: e.target.value || null })}
            />
          </label>
        </>
      )}
      <div className={styles.actions}>
        <noscript>
          <button type="submit">Apply</button>
        </noscript>
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
