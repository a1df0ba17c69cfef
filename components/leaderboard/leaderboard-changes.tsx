import Link from "next/link";
import type { ReactNode } from "react";
import type { BoardChanges, CoverageChange, MovedEntry } from "@/lib/leaderboard/compute-changes";
import { RANK_MOVE_THRESHOLD } from "@/lib/leaderboard/compute-changes";
import { formatRating } from "@/lib/leaderboard/format-facts";
import type { RankedEntry, SnapshotRef } from "@/lib/leaderboard/types";
import styles from "./leaderboard.module.css";

const LIMIT = 12;
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "±0");

/** New, moved and removed models since the previous snapshot of the same source and board. */
export function LeaderboardChanges({
  changes,
  previous,
  current,
  filtered,
}: {
  changes: BoardChanges | null;
  previous: SnapshotRef | null;
  current: SnapshotRef;
  filtered: boolean;
}) {
  return (
    <section aria-labelledby="changes-heading" data-testid="changes">
      <h2 id="changes-heading">Changes since the previous snapshot</h2>
      {!previous || !changes ? (
        <p className="muted" data-testid="changes-none">
          {previous
            ? `The previous snapshot (${previous.date}) has no ratings in this category.`
            : `${current.date} is the first snapshot of this source and board.`}
        </p>
      ) : (
        <>
          <p className="muted">
            {previous.date} → {current.date}
            {filtered ? ", among the models matching the filters" : ""}. A model counts as moved
            when its old and new 95% intervals no longer overlap (the rating changed by more than
            the two half-widths together); on boards without intervals, when its rank changed by{" "}
            {RANK_MOVE_THRESHOLD} or more.
          </p>
          {changes.medianShift !== null && Math.abs(changes.medianShift) >= 1 && (
            <p className="muted" data-testid="changes-shift">
              The median model on both boards moved {signed(Math.round(changes.medianShift))}{" "}
              points: a shift most models share usually means the source re-anchored its scale, not
              that they all changed.
            </p>
          )}
          {changes.coverage && <CoverageNote coverage={changes.coverage} />}
          <div className={styles.changes}>
            <ChangeList title="New" testId="changes-added" items={changes.added} render={newItem} />
            <ChangeList
              title="Moved"
              testId="changes-moved"
              items={changes.moved}
              render={movedItem}
            />
            <ChangeList
              title="Removed"
              testId="changes-removed"
              items={changes.removed}
              render={(e) => <>{e.name}</>}
            />
          </div>
        </>
      )}
    </section>
  );
}

const newItem = (e: RankedEntry) => (
  <>
    <Link href={`/models/${e.slug}`}>{e.name}</Link> at rank {e.rank} ({formatRating(e.rating)})
  </>
);

const movedItem = (m: MovedEntry) => (
  <>
    <Link href={`/models/${m.entry.slug}`}>{m.entry.name}</Link>: {formatRating(m.previous.rating)}{" "}
    → {formatRating(m.entry.rating)} ({signed(Math.round(m.ratingChange))}), rank {m.previous.rank}{" "}
    → {m.entry.rank}
  </>
);

function ChangeList<T>({
  title,
  testId,
  items,
  render,
}: {
  title: string;
  testId: string;
  items: T[];
  render: (item: T) => ReactNode;
}) {
  return (
    <div className="card" data-testid={testId}>
      <h3>
        {title} <span className="muted">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <>
          <ul>
            {items.slice(0, LIMIT).map((item, i) => (
              <li key={i}>{render(item)}</li>
            ))}
          </ul>
          {items.length > LIMIT && (
            <details>
              <summary>{items.length - LIMIT} more</summary>
              <ul>
                {items.slice(LIMIT).map((item, i) => (
                  <li key={i}>{render(item)}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}

/** A deeper or shallower read changes which models are in view; that is not news about them. */
function CoverageNote({ coverage: c }: { coverage: CoverageChange }) {
  const more = c.after > c.before;
  const shown = more ? c.revealed : c.hidden;
  return (
    <p className="muted" data-testid="changes-coverage">
      The board now lists {Math.abs(c.after - c.before)} {more ? "more" : "fewer"} models (
      {c.before} → {c.after}).{" "}
      {shown.length > 0 &&
        (more
          ? `${shown.length} of them ranked below the previous snapshot's last row (#${c.before}) and were on earlier snapshots, so they are not counted as new: ${listNames(shown)}.`
          : `${shown.length} models ranked below this snapshot's last row (#${c.after}) are out of view, not counted as removed.`)}
    </p>
  );
}

const listNames = (entries: RankedEntry[], max = 8) =>
  entries.length > max
    ? `${entries
        .slice(0, max)
        .map((e) => e.name)
        .join(", ")} and ${entries.length - max} more`
    : entries.map((e) => e.name).join(", ");
