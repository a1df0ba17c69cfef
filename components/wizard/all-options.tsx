import Link from "next/link";
import type { RankedOption } from "@/lib/wizard/rank-shortlist";
import { TableScroll } from "@/components/layout/table-scroll";

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** Every option that meets the requirements, folded: the shortlist shows only a varied few. */
export function AllOptions({ options }: { options: RankedOption[] }) {
  return (
    <details data-testid="show-all">
      <summary>Show all {options.length} options that meet every requirement</summary>
      <TableScroll label="Every qualifying option (table scrolls sideways)">
        <table data-testid="all-options">
          <caption className="sr-only">Every option that meets the requirements, ranked</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                Rank
              </th>
              <th scope="col">Model</th>
              <th scope="col">Organisation</th>
              <th scope="col">Used as</th>
              <th scope="col" className="num">
                Points behind the best
              </th>
              <th scope="col" className="num">
                Cost a month
              </th>
            </tr>
          </thead>
          <tbody>
            {options.map(({ rank, candidate: c, route }) => (
              <tr key={`${c.profile.id}`} data-testid="all-option">
                <td className="num">{rank}</td>
                <th scope="row">
                  <Link href={`/models/${c.profile.slug}`}>{c.profile.name}</Link>
                </th>
                <td>{c.profile.organization ?? "unknown"}</td>
                <td>{route.route === "api" ? "API" : "self-hosted"}</td>
                <td className="num">{Math.round(c.qualityScore)}</td>
                <td className="num">
                  {route.monthlyCost === null ? "unknown" : usd(route.monthlyCost)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
