import Link from "next/link";
import type { ViewPoint } from "@/lib/gap/build-gap-view";
import { explainMonthsBehind, formatMonthsBehind } from "@/lib/gap/format-months-behind";
import { describeChange } from "@/lib/gap/describe-answer";
import type { GapChange } from "@/lib/gap/types";
import { winProbability } from "@/lib/gap/win-probability";
import { Explainer } from "./explainer";
import styles from "./gap-cards.module.css";

interface Props {
  point: ViewPoint;
  changes: { months: number; change: GapChange | null }[];
  sourceName: (slug: string) => string;
}

const signed = (n: number, digits = 0) =>
  `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(digits)}`;
const percent = (p: number) => `${Math.round(p * 100)} %`;

/** The headline numbers, each traceable to the snapshot and source it comes from. */
export function GapCards({ point, changes, sourceName }: Props) {
  const { open, closed, gap, gapPct, tied, behind } = point;
  if (!open || !closed || gap === null || gapPct === null) return null;
  const months = formatMonthsBehind(behind);
  return (
    <section className={styles.cards} aria-label="Current gap" data-testid="gap-headline">
      <div className={styles.card}>
        <h2>Gap</h2>
        <p className={styles.big}>
          <span data-testid="gap-points">{gap.toFixed(0)} points</span>
        </p>
        <p data-testid="gap-percent" className={styles.sub}>
          {gapPct.toFixed(1)}% of the open model&apos;s rating
        </p>
        <p className={styles.sub} data-testid="gap-win-share">
          {gap > 0
            ? `The leader wins about ${percent(winProbability(gap))} of head-to-head votes`
            : "The open model is level or ahead"}
        </p>
        <Explainer term="rating points">
          Arena ratings come from people voting between two anonymous answers. Like chess Elo, a gap
          in points is a win probability: 0 points is 50 %, 30 points about 54 %, 100 points about
          64 %. Each source has its own scale, so a gap is always taken within one snapshot of one
          source. <Link href="/glossary#rating">More in the glossary</Link>.
        </Explainer>
      </div>
      <div className={styles.card}>
        <h2>Months behind</h2>
        <p className={styles.big} data-testid="gap-months">
          {months.value}
          {/^[≥\d]/.test(months.value) ? <span className={styles.unit}> months</span> : null}
        </p>
        {months.range ? (
          <p className={styles.sub} data-testid="gap-months-range">
            range {months.range} months (from the open model&apos;s 95% interval)
          </p>
        ) : null}
        <Explainer term="months behind">
          How long ago a proprietary model on this same board first reached the rating the best open
          model has today. {explainMonthsBehind(behind, point.date)} The range comes from the open
          model&apos;s 95 % interval. <a href="#method">How this is computed</a>.
        </Explainer>
      </div>
      <div className={styles.card}>
        <h2>Statistically</h2>
        <p className={styles.big} data-testid="gap-tied">
          {tied === null ? "n/a" : tied ? "Tied" : "Clear lead"}
        </p>
        <p className={styles.sub}>
          {tied === null
            ? "This source publishes no 95% intervals"
            : tied
              ? "The two 95% intervals overlap"
              : "The two 95% intervals do not overlap"}
        </p>
        <Explainer term="statistically tied">
          Each rating comes with a 95 % interval: the range the votes so far allow. When the two
          leaders&apos; intervals overlap, the votes cannot yet tell them apart, so the gap is
          &ldquo;statistically tied&rdquo; even if the points differ.
        </Explainer>
      </div>
      <div className={styles.card}>
        <h2>Change</h2>
        <ul className={styles.changes} data-testid="gap-changes">
          {changes.map(({ months, change }) => (
            <li key={months}>
              {months} months:{" "}
              {change ? (
                <span
                  className={
                    change.points < -0.5
                      ? styles.narrowed
                      : change.points > 0.5
                        ? styles.widened
                        : ""
                  }
                  title={`vs ${change.from.date} (${sourceName(change.from.source)}), gap ${change.from.gap?.toFixed(0)}; ${signed(change.points)} points, ${signed(change.percentagePoints, 1)} pp`}
                >
                  {describeChange(change)}
                </span>
              ) : (
                <span className="muted">no earlier data</span>
              )}
            </li>
          ))}
        </ul>
        <Explainer term="change">
          Today&apos;s gap against the gap on the snapshot nearest to 3, 6 and 12 months ago.
          &ldquo;Narrowed&rdquo; means open models caught up; &ldquo;widened&rdquo; that they fell
          further behind. Hover a value for the exact points and percentage points (pp).
        </Explainer>
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
