/** The comparison as files, from the API the page is built on (same parameters). */
export function CompareDownloads({ query }: { query: string }) {
  const base = `/api/compare${query}${query ? "&" : "?"}`;
  return (
    <p className="muted" data-testid="compare-downloads">
      Download this comparison:{" "}
      <a href={`${base}format=csv`} download>
        CSV
      </a>{" "}
      · <a href={`${base}format=json`}>JSON</a> (<code>/api/compare</code> takes the same parameters
      as this page).
    </p>
  );
}
