"use client";

import { useRef } from "react";
import {
  MAX_MODELS,
  serializeCompareParams,
  type CompareParams,
} from "@/app/compare/search-params";
import { SelectField } from "@/components/share/select-field";
import { UrlControlsForm } from "@/components/share/url-controls-form";
import { useUrlParams } from "@/components/share/use-url-params";
import styles from "@/app/compare/_components/compare-controls.module.css";
import { ModelPicker } from "@/components/compare/model-picker";

export interface CompareControlChoices {
  /** Display names of the compared models (the picker searches the rest on demand). */
  names: Record<string, string>;
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
  const nameOf = (slug: string) => choices.names[slug] ?? slug;
  const without = (slug: string) => ({
    ...params,
    models: params.models.filter((m) => m !== slug),
  });

  return (
    <UrlControlsForm
      action={"/compare"}
      className={styles.controls}
      actionsClassName={styles.actions}
      testId="compare-controls"
      pending={pending}
      urlQuery={urlQuery}
      share={{
        embed: { path: `/embed/compare${urlQuery}`, title: "OpenGap: model comparison" },
      }}
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
          <SelectField
            label="History category"
            name="cat"
            className={styles.field}
            value={params.cat}
            options={choices.categories.map((c) => ({ value: c.slug, label: c.label }))}
            onChange={(cat) => go({ ...params, cat })}
          />
          <SelectField
            label="Source"
            name="source"
            className={styles.field}
            value={params.source ?? ""}
            leading={{ value: "", label: "Automatic (rates the most of these models)" }}
            options={choices.boards.map((b) => ({
              value: b.key,
              label: `${b.label} (to ${b.latest})`,
            }))}
            onChange={(source) => go({ ...params, source: source || null })}
          />
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
    </UrlControlsForm>
  );
}
