import Link from "next/link";
import type { LeaderboardParams } from "@/app/leaderboard/search-params";
import {
  formatContext,
  formatCount,
  formatInterval,
  formatParameters,
  formatPrice,
  formatRating,
  MISSING,
} from "@/lib/leaderboard/format-facts";
import type { RankedEntry } from "@/lib/leaderboard/types";
import { LicenceBadge } from "@/components/leaderboard/licence-badge";
import { SortHeader } from "@/app/leaderboard/_components/sort-header";
import styles from "@/components/leaderboard/leaderboard.module.css";

/** The board: server-rendered, sortable through header links that update the URL. */
export function LeaderboardTable({
  rows,
  params,
  showTiers,
  caption,
}: {
  rows: RankedEntry[];
  params: LeaderboardParams;
  showTiers: boolean;
  caption: string;
}) {
  const h = (
    column: Parameters<typeof SortHeader>[0]["column"],
    label: string,
    numeric = false,
  ) => <SortHeader column={column} label={label} params={params} numeric={numeric} />;
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-label="Leaderboard table (scrolls sideways)"
    >
      <table className={styles.table} data-testid="leaderboard-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {h("rank", "Rank", true)}
            {showTiers && h("tier", "Tier", true)}
            <SortHeader column="model" label="Model" params={params} className={styles.model} />
            {h("rating", "Rating ± 95% CI", true)}
            {h("votes", "Votes", true)}
            {h("org", "Organisation")}
            {h("licence", "Licence")}
            {h("released", "Released")}
            {h("params", "Parameters", true)}
            {h("context", "Context", true)}
            {h("input", "Input $/1M", true)}
            {h("output", "Output $/1M", true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.modelId} data-testid="leaderboard-row" data-model={e.slug}>
              <td className="num" data-testid="cell-rank">
                {e.rank}
              </td>
              {showTiers && (
                <td className="num" data-testid="cell-tier">
                  {e.tier ?? MISSING}
                </td>
              )}
              <td className={styles.model}>
                <Link href={`/models/${e.slug}`} data-testid="cell-model">
                  {e.name}
                </Link>
              </td>
              <td
                className={`num ${styles.nowrap}`}
                data-testid="cell-rating"
                title={
                  e.lower !== null ? `${e.rating} (95% CI ${e.lower} – ${e.upper})` : `${e.rating}`
                }
              >
                {formatRating(e.rating)}{" "}
                <span className="muted">{formatInterval(e.rating, e.lower, e.upper)}</span>
              </td>
              <td className="num">{formatCount(e.votes)}</td>
              <td>{e.organization ?? MISSING}</td>
              <td className={styles.licence}>
                <span>{e.licence ?? MISSING}</span> <LicenceBadge licenceClass={e.licenceClass} />
              </td>
              <td className={styles.nowrap}>{e.releaseDate ?? MISSING}</td>
              <td className="num">{formatParameters(e.parametersB, e.activeParametersB)}</td>
              <td className="num" title={e.contextWindow?.toLocaleString("en-US")}>
                {formatContext(e.contextWindow)}
              </td>
              <td className="num" data-testid="cell-input-price">
                {formatPrice(e.inputPricePerM)}
              </td>
              <td className="num">{formatPrice(e.outputPricePerM)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
