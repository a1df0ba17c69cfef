import Link from "next/link";
import { serializeGapParams, type GapParams } from "@/app/search-params";
import { ARENA_LABELS, labelCategory } from "@/lib/labels";

interface Props {
  params: GapParams;
  /** The sources that publish this board at all (empty: OpenGap has no such board). */
  sourceNames: string[];
  nearest: { params: GapParams; relaxed: string[] } | null;
}

/** Says in a reader's terms why there is no gap here, and links the nearest view that has one. */
export function GapEmptyState({ params, sourceNames, nearest }: Props) {
  const board = `${ARENA_LABELS[params.arena]}${params.cat !== "overall" ? `, ${labelCategory(params.cat)}` : ""}`;
  const target = nearest
    ? `${ARENA_LABELS[nearest.params.arena]}, ${labelCategory(nearest.params.cat)}`
    : null;
  const filtered = nearest?.relaxed.some((r) => r !== "the text arena") ?? false;
  return (
    <div className="card" data-testid="empty-state" role="status">
      <h2>No open-vs-closed gap to show here</h2>
      <p>
        {sourceNames.length === 0
          ? `OpenGap has no ratings for the ${board} board.`
          : `None of the ${board} snapshots OpenGap holds (from ${sourceNames.join(", ")}) has both an open-weight and a proprietary model${filtered ? " under these filters" : ""}.`}
      </p>
      {nearest && target ? (
        <p>
          <Link href={`/${serializeGapParams(nearest.params)}`} data-testid="nearest-view">
            Show the nearest view with data: {target}
          </Link>{" "}
          <span className="muted">(with {nearest.relaxed.join(", ")})</span>
        </p>
      ) : (
        <p>
          No leaderboard data is loaded yet. If you run this site, see the README: its start command
          loads the bundled history.
        </p>
      )}
    </div>
  );
}
