import type { GapPoint } from "@/lib/gap/types";
import styles from "./gap-headline.module.css";

/** The current gap in words and numbers, with the two models and the snapshot it comes from. */
export function GapHeadline({ point, sourceName }: { point: GapPoint; sourceName: string }) {
  const { open, closed, gap, gapPct } = point;
  if (!open || !closed || gap === null || gapPct === null) return null;
  return (
    <section className={styles.headline} data-testid="gap-headline" aria-label="Current gap">
      <p className={styles.big}>
        <span data-testid="gap-points">{gap.toFixed(0)} points</span>
        <span className={styles.sep}> · </span>
        <span data-testid="gap-percent">{gapPct.toFixed(1)}%</span>
      </p>
      <p>
        The best proprietary model, <strong data-testid="gap-closed-model">{closed.name}</strong> (
        {closed.rating.toFixed(0)}), leads the best open-weight model,{" "}
        <strong data-testid="gap-open-model">{open.name}</strong> ({open.rating.toFixed(0)}), by{" "}
        {gap.toFixed(0)} rating points ({gapPct.toFixed(1)}% of the open model&apos;s rating)
        {point.tied ? "; their 95% intervals overlap, so the lead is not statistically clear" : ""}.
      </p>
      <p className={styles.meta}>
        Snapshot{" "}
        <time data-testid="gap-date" dateTime={point.date}>
          {point.date}
        </time>
        , {sourceName}.
      </p>
    </section>
  );
}
