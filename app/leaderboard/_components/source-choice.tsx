import Link from "next/link";
import {
  serializeLeaderboardParams,
  type LeaderboardParams,
} from "@/app/leaderboard/search-params";
import type { BoardSource } from "@/lib/leaderboard/pick-default-source";

/** Which source is on show and why, with a link to each other source of the same board. */
export function SourceChoice({
  params,
  shown,
  sources,
}: {
  params: LeaderboardParams;
  shown: BoardSource;
  sources: BoardSource[];
}) {
  const others = sources.filter((s) => s.slug !== shown.slug);
  const why =
    params.source !== null
      ? ""
      : shown.hasIntervals
        ? ", chosen automatically: the newest snapshot of a source that publishes 95% intervals"
        : ", chosen automatically: the newest snapshot (no source of this board publishes intervals)";
  return (
    <div className="muted" data-testid="source-choice">
      <p>
        Showing <strong data-testid="shown-source">{shown.name}</strong> ({shown.snapshotCount}{" "}
        snapshot{shown.snapshotCount === 1 ? "" : "s"}, {shown.firstDate} – {shown.lastDate}){why}.
      </p>
      {others.length > 0 && (
        <details>
          <summary data-testid="other-sources">
            Other sources for this board ({others.length})
          </summary>
          <ul>
            {others.map((s) => (
              <li key={s.slug}>
                <Link
                  href={`/leaderboard${serializeLeaderboardParams({ ...params, source: s.slug })}`}
                  data-testid={`other-source-${s.slug}`}
                >
                  {s.name}
                </Link>{" "}
                ({s.snapshotCount} snapshots, {s.firstDate} – {s.lastDate}
                {s.hasIntervals ? ", with 95% intervals" : ", no intervals"})
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
