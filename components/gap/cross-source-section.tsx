import { CrossSourceView } from "./cross-source-view";

/** The same gap from every source side by side, with where they agree and where they do not. */
export function CrossSourceSection({ query, count }: { query: string; count: number }) {
  if (count < 2) return null;
  return (
    <section aria-labelledby="cross-heading" data-testid="cross-source">
      <h2 id="cross-heading">The same gap, source by source</h2>
      <p className="muted">
        Each line is one source&apos;s own within-snapshot gap. Where sources overlap they should
        roughly agree; a difference comes from method, timing or coverage (the per-lab flagship
        series, for example, leaves out Meta and DeepSeek), not from a change in the field.
      </p>
      <CrossSourceView key={query} query={query} count={count} />
    </section>
  );
}
