import Link from "next/link";
import { DEFAULT_GAP_PARAMS, serializeGapParams, type GapParams } from "@/app/search-params";

/** No point survives the filters: say which filter to relax, with a link that relaxes it. */
export function GapEmptyState({ params }: { params: GapParams }) {
  const fixes: { label: string; next: GapParams }[] = [];
  if (params.orgIn.length || params.orgOut.length)
    fixes.push({
      label: "Clear the organisation filter",
      next: { ...params, orgIn: [], orgOut: [] },
    });
  if (params.lic.length || params.open.length === 0)
    fixes.push({
      label: "Count all open-weight licences as open",
      next: { ...params, open: [...DEFAULT_GAP_PARAMS.open], lic: [] },
    });
  if (params.from || params.to)
    fixes.push({ label: "Show all dates", next: { ...params, from: null, to: null } });
  if (params.source !== "all")
    fixes.push({ label: "Use all sources", next: { ...params, source: "all" } });
  if (params.cat !== "overall")
    fixes.push({ label: "Switch to the overall category", next: { ...params, cat: "overall" } });
  return (
    <div className="card" data-testid="empty-state" role="status">
      <strong>
        No snapshot has both an open-weight and a proprietary model under these filters.
      </strong>
      {fixes.length > 0 ? (
        <ul>
          {fixes.map((f) => (
            <li key={f.label}>
              <Link href={`/${serializeGapParams(f.next)}`}>{f.label}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          The database has no leaderboard data yet. Run <code>npm run db:seed</code> to load the
          bundled history, or <code>npm run ingest</code> to fetch it.
        </p>
      )}
    </div>
  );
}
