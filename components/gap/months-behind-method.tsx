/** The method section the headline's "months behind" links to (#method). */
export function MonthsBehindMethod() {
  return (
    <section id="method" aria-labelledby="method-title" data-testid="method">
      <h2 id="method-title">How “months behind” is computed</h2>
      <p>
        Within one leaderboard snapshot (never across snapshots or sources): take the best
        open-weight rating R on that board. Date every proprietary model on the same board by when
        it was first known to be available: its release date from a catalog (models.dev), or else
        its first rating on any leaderboard in the history. For each date, the proprietary frontier
        is the best rating <em>in this snapshot</em> among proprietary models available by then.
        Months behind is the snapshot date minus the first date that frontier reached R. This is the
        method Epoch AI uses for its open-vs-closed figures; because every rating comes from the
        same snapshot, re-anchoring between snapshots cannot leak in.
      </p>
      <p>
        Where the source publishes 95% intervals, the range runs from the date the frontier reached
        the open model&apos;s upper bound (fewest months) to the date it reached its lower bound,
        i.e. was no longer significantly below it (most months). “≥ N” means the reaching model was
        already rated on the first day of the history and no release date is known. “Under 1” means
        only models new in this very snapshot are ahead; “0” that no proprietary model on the board
        rates as high as the best open one.
      </p>
    </section>
  );
}
