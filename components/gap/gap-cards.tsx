import Link from "next/link";
import type { ViewPoint } from "@/lib/gap/build-gap-view";
import { explainMonthsBehind, formatMonthsBehind } from "@/lib/gap/format-months-behind";
import type { GapChange } from "@/lib/gap/types";
import styles from "./gap-cards.module.css";

interface Props {
  point: ViewPoint;
  changes: { months: number; change: GapChange | null }[];
  sourceName: (slug: string) => string;
}

const signed = (n: number, digits = 0) =>
  `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(digits)}`;

/** The headline numbers, each traceable to the snapshot and source it comes from. */
export function GapCards({ point, changes, sourceName }: Props) {
  const { open, closed, gap, gapPct, tied, behind } = point;
  if (!open || !closed || gap === null || gapPct === null) return null;
  const months = formatMonthsBehind(behind);
  return (
    <section className={styles.cards} aria-label="Current gap" data-testid="gap-headline">
      <div className={styles.card}>
        <h3>Gap</h3>
        <p className={styles.big}>
          <span data-testid="gap-points">{gap.toFixed(0)} points</span>
        </p>
        <p data-testid="gap-percent" className={styles.sub}>
          {gapPct.toFixed(1)}%
        </p>
      </div>
      <div className={styles.card}>
        <h3>Months behind</h3>
        <p className={styles.big} data-testid="gap-months">
          {months.value}
        </p>
        {months.range ? (
          <p className={styles.sub} data-testid="gap-months-range">
            range {months.range} months (from the open model&apos;s 95% interval)
          </p>
        ) : null}
        <p className={styles.sub}>
          {explainMonthsBehind(behind, point.date)} <a href="#method">How this is computed</a>
        </p>
      </div>
      <div className={styles.card}>
        <h3>Statistically</h3>
        <p className={styles.big} data-testid="gap-tied">
          {tied === null ? "n/a" : tied ? "Tied" : "Clear lead"}
        </p>
        <p className={styles.sub}>
          {tied === null
            ? "This source publishes no 95% intervals"
            : "Do the 95% intervals overlap?"}
        </p>
      </div>
      <div className={styles.card}>
        <h3>Change</h3>
        <ul className={styles.changes} data-testid="gap-changes">
          {changes.map(({ months, change }) => (
            <li key={months}>
              {months} mo:{" "}
              {change ? (
                <span
                  title={`vs ${change.from.date} (${sourceName(change.from.source)}), gap ${change.from.gap?.toFixed(0)}`}
                >
                  {signed(change.points)} pts ({signed(change.percentagePoints, 1)} pp)
                </span>
              ) : (
                <span className="muted">no earlier data</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className={styles.who}>
        <Link href={`/models/${closed.slug}`}>
          <strong data-testid="gap-closed-model">{closed.name}</strong>
        </Link>{" "}
        ({closed.rating.toFixed(0)}
        {closed.lower !== null && closed.upper !== null
          ? `, 95% ${closed.lower.toFixed(0)}–${closed.upper.toFixed(0)}`
          : ""}
        ) leads{" "}
        <Link href={`/models/${open.slug}`}>
          <strong data-testid="gap-open-model">{open.name}</strong>
        </Link>{" "}
        ({open.rating.toFixed(0)}
        {open.lower !== null && open.upper !== null
          ? `, 95% ${open.lower.toFixed(0)}–${open.upper.toFixed(0)}`
          : ""}
        ) on the snapshot of{" "}
        <time data-testid="gap-date" dateTime={point.date}>
          {point.date}
        </time>
        , <span data-testid="gap-source">{sourceName(point.source)}</span>.
      </p>
    </section>
  );
}
