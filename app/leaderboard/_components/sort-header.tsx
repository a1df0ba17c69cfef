import Link from "next/link";
import {
  serializeLeaderboardParams,
  type LeaderboardParams,
} from "@/app/leaderboard/search-params";
import { nextSortOrder, type SortColumn } from "@/lib/leaderboard/sort-entries";

/** A column header whose link sorts by it (again: reverses); aria-sort says the current order. */
export function SortHeader({
  column,
  label,
  params,
  numeric = false,
  className,
}: {
  column: SortColumn;
  label: string;
  params: LeaderboardParams;
  numeric?: boolean;
  className?: string;
}) {
  const active = params.sort.column === column;
  const next = nextSortOrder(params.sort, column);
  const href = `/leaderboard${serializeLeaderboardParams({ ...params, sort: next })}`;
  const arrow = active ? (params.sort.desc ? " ↓" : " ↑") : "";
  return (
    <th
      scope="col"
      className={[numeric ? "num" : "", className ?? ""].join(" ").trim() || undefined}
      aria-sort={active ? (params.sort.desc ? "descending" : "ascending") : undefined}
      data-testid={`sort-${column}`}
    >
      <Link
        href={href}
        scroll={false}
        title={`Sort by ${label.toLowerCase()}, ${next.desc ? "descending" : "ascending"}`}
      >
        {label}
        <span aria-hidden="true">{arrow}</span>
      </Link>
    </th>
  );
}
