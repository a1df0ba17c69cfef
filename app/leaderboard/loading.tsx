/** Shown while the server reads the board: the page's frame, so nothing jumps when it arrives. */
export default function LeaderboardLoading() {
  return (
    <main aria-busy="true" data-testid="leaderboard-loading">
      <h1>Leaderboard</h1>
      <p className="muted" role="status">
        Loading the leaderboard…
      </p>
      <div className="card" style={{ minHeight: "24rem" }} />
    </main>
  );
}
