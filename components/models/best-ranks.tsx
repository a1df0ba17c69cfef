import type { PositionedRating } from "@/lib/models/find-best-rank";

/** The best place the model reached on each board, naming board, category, source and date. */
export function BestRanks({
  ranks,
  category,
  sourceLabel,
}: {
  ranks: { board: string; label: string; rank: PositionedRating }[];
  category: string;
  sourceLabel: (series: string) => string;
}) {
  return (
    <div data-testid="best-rank">
      <strong>Best rank in {category}</strong>{" "}
      <span className="muted">(place by rating on each board; first time it reached it)</span>
      {ranks.length === 0 ? (
        <p className="muted">No full leaderboard ranks it in this category.</p>
      ) : (
        <ul>
          {ranks.map(({ board, label, rank }) => (
            <li key={board} data-testid="best-rank-board" data-board={board}>
              {label}: <strong>#{rank.position}</strong> of {rank.fieldSize} on the{" "}
              {sourceLabel(rank.board)} snapshot of {rank.date}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
