/** The visible table as files, from the API that takes the page's own parameters. */
export function LeaderboardDownloads({ query }: { query: string }) {
  const base = `/api/leaderboard${query}${query ? "&" : "?"}`;
  return (
    <p className="muted" data-testid="downloads">
      Download this table:{" "}
      <a href={`${base}format=csv`} download data-testid="download-csv">
        CSV
      </a>{" "}
      ·{" "}
      <a href={`${base}format=json`} data-testid="download-json">
        JSON
      </a>{" "}
      (<code>/api/leaderboard</code> takes the same parameters as this page).
    </p>
  );
}
