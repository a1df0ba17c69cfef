import type { CompareRow } from "@/lib/compare/build-compare-table";
import { labelCategory } from "@/lib/labels";
import { toBarRows } from "@/lib/compare/to-bar-rows";
import { CompareBarsOnDemand } from "./compare-bars-on-demand";
import { CompareBarsPicture } from "./compare-bars-picture";
import { barsHeight } from "./bars-height";
import styles from "./compare-charts.module.css";

/** The bar chart of the headline categories with the note on how to read it. */
export function CompareBars({
  rows,
  models,
  label,
}: {
  rows: CompareRow[];
  models: { slug: string; name: string; seriesIndex: number }[];
  label: string;
}) {
  const data = toBarRows(rows);
  const labels = Object.fromEntries(rows.map((r) => [r.category, labelCategory(r.category)]));
  return (
    <>
      <CompareBarsOnDemand data={data} models={models} categoryLabels={labels} label={label}>
        <div
          className={styles.bars}
          style={{ height: barsHeight(data.rows.length, models.length) }}
          data-testid="compare-bars"
        >
          <CompareBarsPicture data={data} models={models} categoryLabels={labels} label={label} />
        </div>
      </CompareBarsOnDemand>
      <p className="muted" data-testid="bars-note">
        Bars show the rating, whiskers the 95% interval; the axis starts at {data.domain[0]}, not
        zero. A missing bar means no rating, not zero.
        {data.omitted.length > 0 &&
          ` ${data.omitted.length} more categories are in the tables below.`}
      </p>
    </>
  );
}
