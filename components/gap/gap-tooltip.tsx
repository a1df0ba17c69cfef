"use client";

import { type Coverage } from "@/lib/domain";
import { COVERAGE_LABELS } from "@/lib/labels";

import type { GapChartPoint } from "@/lib/gap/to-chart-points";
import styles from "./gap-tooltip.module.css";

interface Props {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: GapChartPoint }>;
  sourceNames: Record<string, string>;
}

export function GapTooltip({ active, payload, sourceNames }: Props) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className={styles.tooltip} data-testid="gap-tooltip">
      <strong>{p.date}</strong>
      <div className={styles.source}>
        {sourceNames[p.source] ?? p.source}
        {p.coverage !== "complete"
          ? ` (${COVERAGE_LABELS[p.coverage as Coverage] ?? p.coverage})`
          : ""}
      </div>
      <div>
        <span className={styles.closed}>■</span> {p.closedName ?? "no proprietary model"}{" "}
        {p.closedRating ?? ""}
      </div>
      <div>
        <span className={styles.open}>■</span> {p.openName ?? "no open-weight model"}{" "}
        {p.openRating ?? ""}
      </div>
      {p.gap !== null && (
        <div className={styles.gap}>
          Gap {p.gap} pts ({p.gapPct}%){p.tied ? " · statistically tied" : ""}
        </div>
      )}
    </div>
  );
}
