"use client";

import { serializeModelParams, type ModelParams } from "@/app/models/[slug]/search-params";
import styles from "@/app/models/[slug]/_components/model-history-controls.module.css";
import { SelectField } from "@/components/share/select-field";
import { UrlControlsForm } from "@/components/share/url-controls-form";
import { useUrlParams } from "@/components/share/use-url-params";

/** Category and source of the history chart; a GET form that also works without JavaScript. */
export function ModelHistoryControls({
  slug,
  params: fromUrl,
  categories,
  boards,
}: {
  slug: string;
  params: ModelParams;
  categories: { slug: string; label: string }[];
  boards: { key: string; label: string }[];
}) {
  const { params, go, pending, urlQuery } = useUrlParams(
    fromUrl,
    `/models/${encodeURIComponent(slug)}`,
    serializeModelParams,
  );
  return (
    <UrlControlsForm
      action={`/models/${encodeURIComponent(slug)}`}
      className={styles.controls}
      testId="model-controls"
      pending={pending}
      urlQuery={urlQuery}
      copyLink={false}
    >
      <SelectField
        label="Category"
        name="cat"
        className={styles.field}
        value={params.cat}
        options={categories.map((c) => ({ value: c.slug, label: c.label }))}
        onChange={(cat) => go({ cat, source: null })}
      />
      <SelectField
        label="Source"
        name="source"
        className={styles.field}
        value={params.source ?? ""}
        leading={{ value: "", label: "Every source (one line each)" }}
        options={boards.map((b) => ({ value: b.key, label: b.label }))}
        onChange={(source) => go({ ...params, source: source || null })}
      />
    </UrlControlsForm>
  );
}
