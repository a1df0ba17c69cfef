import { FRONTIER_SERIES } from "@/components/charts/series-styles";
import styles from "./metrics.module.css";

/** The legend shared by every small chart, shown once above them. */
export function MetricChartLegend() {
  return (
    <p className={styles.legend} data-testid="metric-legend">
      {Object.values(FRONTIER_SERIES).map((s) => (
        <span key={s.label} className={styles.legendItem}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="28"
              y2="5"
              stroke={s.color}
              strokeWidth="3"
              strokeDasharray={s.dash}
            />
          </svg>
          {s.label}
        </span>
      ))}
      <span className={styles.muted}>shaded: 95% interval where the source gives one</span>
    </p>
  );
}
