import type { ComponentProps } from "react";
import type { MetricGapChart } from "./metric-gap-chart";
import { MetricGapOnDemand } from "./metric-gap-on-demand";
import { MetricGapPicture } from "./metric-gap-picture";
import styles from "./metrics.module.css";

/** One metric's chart: drawn on the server, interactive (tooltips) once a reader reaches for it. */
export function MetricGapFigure(props: ComponentProps<typeof MetricGapChart>) {
  return (
    <MetricGapOnDemand {...props}>
      <figure className={styles.chart} data-testid={props.testId}>
        <MetricGapPicture {...props} />
      </figure>
    </MetricGapOnDemand>
  );
}
