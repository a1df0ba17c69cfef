/** The visible series as files, from the same API the page is built on. */
export function GapDownloads({ query }: { query: string }) {
  const base = `/api/gap${query}${query ? "&" : "?"}`;
  return (
    <p className="muted" data-testid="downloads">
      Download this series:{" "}
      <a href={`${base}format=csv`} download>
        CSV
      </a>{" "}
      · <a href={`${base}format=json`}>JSON</a> (the <code>/api/gap</code> endpoint takes the same
      parameters as this page).
    </p>
  );
}
