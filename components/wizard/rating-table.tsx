import type { TaskBoardRating } from "@/lib/wizard/rate-on-boards";
import type { WizardResult } from "@/lib/wizard/recommend-models";
import styles from "./result.module.css";
import { TableScroll } from "@/components/layout/table-scroll";

const pts = (n: number) => (Math.abs(n) < 0.5 ? "best" : `−${Math.round(n)}`);

/** The model's rating on each chosen board next to the board's best, in that board's snapshot. */
export function RatingTable({
  ratings,
  boards,
  model,
}: {
  ratings: TaskBoardRating[];
  boards: WizardResult["boards"];
  /** The model's name: one table per shortlist entry, each region named apart. */
  model: string;
}) {
  return (
    <TableScroll label={`Ratings of ${model} on the task boards (table scrolls sideways)`}>
      <table data-testid="rating-table">
        <caption className="sr-only">Ratings on the chosen boards</caption>
        <thead>
          <tr>
            <th scope="col">TaskBoard</th>
            <th scope="col" className="num">
              Rating
            </th>
            <th scope="col" className="num">
              Gap
            </th>
            <th scope="col">Best in that snapshot</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((r, i) => {
            const b = boards[i];
            return (
              <tr key={r.boardId}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.rating === null ? "not rated" : Math.round(r.rating)}</td>
                <td className="num">{r.gap === null ? "—" : pts(r.gap)}</td>
                <td className={styles.best}>
                  {b?.best ? `${b.best.name} (${Math.round(b.best.rating)})` : "—"}
                  <br />
                  <span className="muted">
                    {b?.snapshot ? `${b.snapshot.sourceName}, ${b.snapshot.date}` : "no data"}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
