import { type LicenceClass } from "@/lib/domain";
import { LICENCE_CLASS_LABELS } from "@/lib/labels";
import { TableScroll } from "@/components/layout/table-scroll";

interface Statement {
  source: string;
  licence: string;
  licenceClass: LicenceClass;
  firstSeenOn: string;
}

/** Every licence statement any source made, oldest first: the current class is derived from these. */
export function LicenceHistory({
  statements,
  current,
  conflict,
  sourceName,
}: {
  statements: Statement[];
  current: LicenceClass;
  /** Specific statements that disagree on the class ("MIT (a); Proprietary (b)"), if any. */
  conflict: string | null;
  sourceName: (slug: string) => string;
}) {
  const classes = new Set(statements.map((s) => s.licenceClass));
  return (
    <section aria-labelledby="licence-heading" data-testid="licence-history">
      <h2 id="licence-heading">Licence history</h2>
      <p>
        Current class:{" "}
        <strong data-testid="licence-current">{LICENCE_CLASS_LABELS[current]}</strong>
        {classes.size > 1 && (
          <span className="badge badge-warn" style={{ marginLeft: "0.5rem" }}>
            sources disagree
          </span>
        )}
      </p>
      {conflict && (
        <p className="warning" role="note" data-testid="licence-conflict">
          Specific statements disagree: {conflict}. A named licence always wins over a vague label
          such as &ldquo;open&rdquo;; between specific ones the reviewed licence list or the newest
          statement decides.
        </p>
      )}
      {statements.length === 0 ? (
        <p className="muted">No source has stated a licence for this model.</p>
      ) : (
        <TableScroll label="Licence history (table scrolls sideways)">
          <table>
            <thead>
              <tr>
                <th scope="col">First seen</th>
                <th scope="col">Licence as written</th>
                <th scope="col">Class</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {statements.map((s) => (
                <tr key={`${s.source}-${s.licence}`}>
                  <td>{s.firstSeenOn}</td>
                  <td>{s.licence}</td>
                  <td>{LICENCE_CLASS_LABELS[s.licenceClass]}</td>
                  <td>{sourceName(s.source)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
