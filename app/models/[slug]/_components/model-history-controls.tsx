"use client";

import { serializeModelParams, type ModelParams } from "@/app/models/[slug]/search-params";
import styles from "@/components/compare/compare-controls.module.css";
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
    <form
      method="get"
      className={styles.controls}
      onSubmit={(e) => e.preventDefault()}
      aria-busy={pending}
      data-testid="model-controls"
      data-query={urlQuery}
    >
      <label className={styles.field}>
        Category
        <select
          name="cat"
          value={params.cat}
          data-testid="control-cat"
          onChange={(e) => go({ cat: e.target.value, source: null })}
        >
          {categories.map((c) => (
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
          <option value="">Every source (one line each)</option>
          {boards.map((b) => (
            <option key={b.key} value={b.key}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <noscript>
        <button type="submit">Apply</button>
      </noscript>
      {pending && (
        <span role="status" className="muted">
          Updating…
        </span>
      )}
    </form>
  );
}
