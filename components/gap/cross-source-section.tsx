import type { GapView } from "@/lib/gap/build-gap-view";
import { CrossSourceChart } from "./cross-source-chart";
import { TableScroll } from "@/components/layout/table-scroll";

/** The same gap from every source side by side, with where they agree and where they do not. */
export function CrossSourceSection({
  view,
  sourceName,
}: {
  view: GapView;
  sourceName: (s: string) => string;
}) {
  const series = Object.entries(view.bySource)
    .filter(([, points]) => points.length > 0)
    .map(([source, points]) => ({
      source,
      name: sourceName(source),
      points: points.flatMap((p) =>
        p.gap === null
          ? []
          : [{ t: Date.parse(`${p.date}T00:00:00Z`), gap: Math.round(p.gap * 10) / 10 }],
      ),
    }));
  if (series.length < 2) return null;
  const pairs = view.overlaps
    .filter((o) => o.pairs >= 3)
    .map((o) => {
      const key = o.sources.join("|");
      const stretches = view.disagreements.filter((d) => d.sources.join("|") === key);
      return { ...o, stretches, worst: Math.max(0, ...stretches.map((d) => d.maxDifference)) };
    })
    .sort((a, b) => b.pairs - a.pairs);
  return (
    <section aria-labelledby="cross-heading" data-testid="cross-source">
      <h2 id="cross-heading">The same gap, source by source</h2>
      <p className="muted">
        Each line is one source&apos;s own within-snapshot gap. Where sources overlap they should
        roughly agree; a difference comes from method, timing or coverage (the per-lab flagship
        series, for example, leaves out Meta and DeepSeek), not from a change in the field.
      </p>
      <CrossSourceChart series={series} />
      {pairs.length > 0 && (
        <details>
          <summary>Where the sources agree and disagree ({pairs.length} pairs)</summary>
          <TableScroll label="Agreement between sources (table scrolls sideways)">
            <table data-testid="overlaps">
              <caption className="sr-only">
                Agreement between sources where their snapshots are within 14 days
              </caption>
              <thead>
                <tr>
                  <th>Sources compared</th>
                  <th className="num">Paired snapshots</th>
                  <th>Overlap</th>
                  <th className="num">Median difference</th>
                  <th>Disagreements (&gt; 25 points)</th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((o) => (
                  <tr key={o.sources.join()}>
                    <td>
                      {sourceName(o.sources[0])} vs {sourceName(o.sources[1])}
                    </td>
                    <td className="num">{o.pairs}</td>
                    <td>
                      {o.from} – {o.to}
                    </td>
                    <td className="num">{o.medianAbsDifference?.toFixed(1) ?? "—"} pts</td>
                    <td>
                      {o.stretches.length === 0 ? (
                        "none"
                      ) : (
                        <details>
                          <summary>
                            {o.stretches.length} stretch{o.stretches.length > 1 ? "es" : ""}, up to{" "}
                            {o.worst.toFixed(0)} pts
                          </summary>
                          <ul>
                            {o.stretches.map((d) => (
                              <li key={d.from}>
                                {d.from === d.to ? d.from : `${d.from} – ${d.to}`}: up to{" "}
                                {d.maxDifference.toFixed(0)} pts (e.g. {d.example.a.date}:{" "}
                                {d.example.a.gap?.toFixed(0)} vs {d.example.b.gap?.toFixed(0)})
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      )}
    </section>
  );
}
