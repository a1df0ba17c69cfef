import { TableScroll } from "@/components/layout/table-scroll";

interface Coverage {
  board: string;
  label: string;
  from: string;
  to: string;
  snapshots: number;
}

interface Alias {
  aliasSlug: string;
  name: string;
  source: string;
}

/** Where the model's numbers come from and every name it was published under. */
export function ModelSources({
  coverage,
  aliases,
  sourceName,
}: {
  coverage: Coverage[];
  aliases: Alias[];
  sourceName: (slug: string) => string;
}) {
  const names = [...new Map(aliases.map((a) => [a.name, a])).values()];
  return (
    <section aria-labelledby="sources-heading" data-testid="model-sources">
      <h2 id="sources-heading">Sources and names</h2>
      {coverage.length === 0 ? (
        <p className="muted">No leaderboard has rated this model yet.</p>
      ) : (
        <TableScroll label="Sources and names (table scrolls sideways)">
          <table>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">First</th>
                <th scope="col">Last</th>
                <th scope="col" className="num">
                  Snapshots
                </th>
              </tr>
            </thead>
            <tbody>
              {coverage.map((c) => (
                <tr key={c.board}>
                  <td>{c.label}</td>
                  <td>{c.from}</td>
                  <td>{c.to}</td>
                  <td className="num">{c.snapshots}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p data-testid="model-aliases">
        <span className="muted">Published as: </span>
        {names.length === 0
          ? "—"
          : names.map((a, i) => (
              <span key={a.aliasSlug}>
                {i > 0 && ", "}
                <code title={`first recorded by ${sourceName(a.source)}`}>{a.name}</code>
              </span>
            ))}
      </p>
    </section>
  );
}
