import Link from "next/link";
import { formatSignedPoints } from "@/lib/compare/format-signed-points";
import type { CounterpartRow } from "@/lib/models/build-counterpart-rows";
import type { RatedModel } from "@/lib/models/types";
import styles from "./counterpart-cards.module.css";

const ci = (m: RatedModel) =>
  m.lower !== null && m.upper !== null ? ` [${m.lower.toFixed(0)}–${m.upper.toFixed(0)}]` : "";
const SHOWN = 3;

/**
 * One card per board, in the model's latest snapshot there: the other side's models it cannot
 * be told apart from (overlapping 95% intervals), else the nearest one, and when that side first
 * reached its rating on the same board. Cards, not a table, so a phone reads them without scrolling.
 */
export function CounterpartCards({
  rows,
  side,
  modelName,
  boardLabel,
  compareHref,
}: {
  rows: CounterpartRow[];
  side: "open" | "proprietary";
  modelName: string;
  boardLabel: (key: string) => string;
  compareHref: (slugs: string[]) => string;
}) {
  const other = side === "open" ? "open-weight" : "proprietary";
  return (
    <ul className={styles.cards} data-testid="counterpart-cards">
      {rows.map((r) => {
        const { overlapping, nearest, direction, hasIntervals } = r.counterparts;
        const picks = overlapping.length ? overlapping.slice(0, SHOWN) : nearest ? [nearest] : [];
        return (
          <li key={r.board} className="card" data-testid="counterpart-card" data-board={r.board}>
            <h3 className={styles.title}>
              {boardLabel(r.board)} <span className="muted">· snapshot {r.date}</span>
            </h3>
            <p className={styles.line}>
              {modelName}: <strong className="num">{r.model.rating.toFixed(0)}</strong>
              <span className="muted">{ci(r.model)}</span>
            </p>
            <p className={styles.line}>
              {overlapping.length
                ? `${overlapping.length} ${other} model${overlapping.length > 1 ? "s" : ""} within the 95% interval:`
                : nearest
                  ? `${hasIntervals ? "No " + other + " model within the 95% interval" : "No intervals published"}; nearest ${direction}:`
                  : `No ${other} model on this snapshot.`}
            </p>
            <ul className={styles.picks}>
              {picks.map((m) => (
                <li key={m.slug} data-testid="counterpart">
                  <Link href={`/models/${m.slug}`}>{m.name}</Link> {m.rating.toFixed(0)}
                  <span className="muted">
                    {ci(m)} ({formatSignedPoints(m.rating - r.model.rating)})
                  </span>
                </li>
              ))}
            </ul>
            {overlapping.length > SHOWN && (
              <p className={`${styles.line} muted`}>and {overlapping.length - SHOWN} more</p>
            )}
            <p className={styles.line} data-testid="level-reached">
              {side === "open" ? "Open-weight" : "Proprietary"} models first reached this rating:{" "}
              {r.reached ? (
                <>
                  <strong>
                    {r.reached.atSeriesStart ? `≤ ${r.reached.date}` : r.reached.date}
                  </strong>{" "}
                  <span className="muted">
                    ({r.reached.by.name}, {r.reached.rating.toFixed(0)}
                    {r.reached.atSeriesStart ? "; already in this source's first snapshot" : ""})
                  </span>
                </>
              ) : (
                <strong>not yet{r.seriesTo ? ` (as of ${r.seriesTo})` : ""}</strong>
              )}
            </p>
            {picks.length > 0 && (
              <Link
                href={compareHref(picks.map((p) => p.slug))}
                className={styles.compare}
                data-testid="compare-counterparts"
              >
                Compare side by side
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
