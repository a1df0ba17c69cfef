"use client";

import { serializeMetricsParams, type MetricsParams } from "@/app/metrics/search-params";
import { UrlControlsForm } from "@/components/share/url-controls-form";
import { useUrlParams } from "@/components/share/use-url-params";
import styles from "@/components/metrics/metrics.module.css";

export interface MetricChoice {
  slug: string;
  name: string;
  sourceName: string;
  nonCommercial: boolean;
}

/**
 * Which metrics to show and where the shared time axis starts, folded under one line: a plain
 * GET form without JavaScript (one checkbox per metric), and with JavaScript each change
 * navigates at once. All state lives in the URL.
 */
export function MetricPicker({
  params: fromUrl,
  choices,
}: {
  params: MetricsParams;
  choices: readonly MetricChoice[];
}) {
  const { params, go, pending, urlQuery } = useUrlParams(
    fromUrl,
    "/metrics",
    serializeMetricsParams,
  );
  const toggle = (slug: string, on: boolean) => {
    const m = on ? [...params.m, slug] : params.m.filter((s) => s !== slug);
    if (m.length > 0) go({ ...params, m });
  };
  const sources = [...new Set(choices.map((c) => c.sourceName))];
  return (
    <UrlControlsForm
      action="/metrics"
      className={styles.picker}
      actionsClassName={styles.pickerRow}
      testId="metric-picker"
      pending={pending}
      urlQuery={urlQuery}
    >
      <details>
        <summary data-testid="metric-picker-toggle">
          Choose benchmarks ({params.m.length} of {choices.length} shown) and the time axis
        </summary>
        {sources.map((source) => (
          <fieldset key={source}>
            <legend>{source}</legend>
            <ul>
              {choices
                .filter((c) => c.sourceName === source)
                .map((c) => (
                  <li key={c.slug}>
                    <label>
                      <input
                        type="checkbox"
                        name="m"
                        value={c.slug}
                        checked={params.m.includes(c.slug)}
                        onChange={(e) => toggle(c.slug, e.target.checked)}
                        data-testid={`metric-choice-${c.slug}`}
                      />{" "}
                      {c.name}
                      {c.nonCommercial ? " (non-commercial data)" : ""}
                    </label>
                  </li>
                ))}
            </ul>
          </fieldset>
        ))}
        <label className={styles.pickerRow}>
          Time axis from{" "}
          <input
            type="date"
            name="from"
            value={params.from}
            onChange={(e) => e.target.value && go({ ...params, from: e.target.value })}
            data-testid="metrics-from"
          />
        </label>
      </details>
    </UrlControlsForm>
  );
}
