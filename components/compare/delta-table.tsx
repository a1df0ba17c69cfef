import type { CompareModel, CompareRow } from "@/lib/compare/build-compare-table";
import { labelCategory } from "@/lib/labels";
import { formatSignedPoints } from "@/lib/compare/format-signed-points";

import styles from "./delta-table.module.css";
import { TableScroll } from "@/components/layout/table-scroll";

/**
 * Every category of the snapshot: each model's rating with its 95% interval and, below it, its
 * difference from the first model and whether their intervals overlap. Also the accessible
 * alternative to the bar chart.
 */
export function DeltaTable({
  models,
  rows,
  caption,
  testId = "delta-table",
}: {
  models: CompareModel[];
  rows: CompareRow[];
  caption: string;
  testId?: string;
}) {
  const base = models[0];
  return (
    <TableScroll label="Ratings and differences (table scrolls sideways)">
      <table data-testid={testId} className={styles.table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            {models.map((m, i) => (
              <th key={m.slug} scope="col" className={`num ${styles.model}`}>
                {m.name}
                {i === 0 ? " (baseline)" : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.category} data-testid={`delta-row-${r.category}`}>
              <th scope="row">{labelCategory(r.category)}</th>
              {models.map((m, i) => {
                const c = r.cells[i] ?? null;
                const d = r.deltas[i] ?? null;
                return (
                  <td
                    key={m.slug}
                    className={`num ${styles.cell}`}
                    data-testid={`cell-${r.category}-${m.slug}`}
                  >
                    <span data-testid="rating">{c ? c.rating.toFixed(0) : "—"}</span>
                    {c && c.lower !== null && c.upper !== null && (
                      <span className={styles.ci}>
                        {" "}
                        [{c.lower.toFixed(0)}–{c.upper.toFixed(0)}]
                      </span>
                    )}
                    {d && base && (
                      <span className={styles.delta} data-testid="delta">
                        {formatSignedPoints(d.points)}
                        {d.overlap === null ? "" : d.overlap ? ", overlap" : ", apart"}
                      </span>
                    )}
                    {!c && <span className="sr-only">not rated in this category</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
