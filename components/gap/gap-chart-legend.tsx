import Link from "next/link";
import { GAP_SERIES } from "./gap-chart-style";
import styles from "./gap-chart.module.css";

export interface ReleasesToggle {
  shown: boolean;
  count: number;
  toggleHref: string;
}

/** The legend above both gap charts (HTML, so it wraps on a phone). */
export function GapChartLegend({ releases }: { releases?: ReleasesToggle }) {
  return (
    <figcaption className={styles.legend}>
      <LegendItem {...GAP_SERIES.closed} />
      <LegendItem {...GAP_SERIES.open} />
      <span className={styles.legendItem}>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4" fill="var(--series-open)" />
        </svg>
        new open record
      </span>
      <span className={styles.bandNote}>
        shaded: 95% interval where published · dashed lines: source and method changes
        {releases?.shown ? " and model releases" : ""} (listed below the chart)
      </span>
      {releases && (
        <Link
          href={releases.toggleHref}
          scroll={false}
          className={styles.toggle}
          data-testid="toggle-releases"
        >
          {releases.shown ? "Hide model releases" : `Show model releases (${releases.count})`}
        </Link>
      )}
    </figcaption>
  );
}

function LegendItem({
  label,
  color,
  dash,
}: {
  label: string;
  color: string;
  dash: string | undefined;
}) {
  return (
    <span className={styles.legendItem}>
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth="3" strokeDasharray={dash} />
      </svg>
      {label}
    </span>
  );
}
