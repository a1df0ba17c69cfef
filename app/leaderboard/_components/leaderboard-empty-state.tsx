import Link from "next/link";
import {
  DEFAULT_LEADERBOARD_PARAMS,
  serializeLeaderboardParams,
  type LeaderboardParams,
} from "@/app/leaderboard/search-params";

/** Nothing to show: say why, and link to the change that brings rows back. */
export function LeaderboardEmptyState({
  params,
  reason,
}: {
  params: LeaderboardParams;
  reason: "filters" | "board";
}) {
  if (reason === "board") {
    return (
      <div className="card" role="status" data-testid="empty-state">
        <strong>
          No leaderboard snapshots for this arena{params.sc ? " with style control" : ""}.
        </strong>{" "}
        <Link href="/leaderboard">Open the default board</Link>, or load data with{" "}
        <code>npm run db:seed</code>.
      </div>
    );
  }
  const cleared: LeaderboardParams = {
    ...params,
    q: DEFAULT_LEADERBOARD_PARAMS.q,
    cls: [],
    lic: [],
    org: [],
  };
  return (
    <div className="card" role="status" data-testid="empty-state">
      <strong>No model in this snapshot matches the search and filters.</strong>{" "}
      <Link href={`/leaderboard${serializeLeaderboardParams(cleared)}`}>Clear them</Link>.
    </div>
  );
}
