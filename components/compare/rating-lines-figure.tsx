import type { ComponentProps } from "react";
import type { RatingLinesChart } from "./rating-lines-chart";
import { RatingLinesOnDemand } from "./rating-lines-on-demand";
import { RatingLinesPicture } from "./rating-lines-picture";
import styles from "./compare-charts.module.css";

/** Rating lines for a page: drawn on the server, interactive once a reader reaches for them. */
export function RatingLinesFigure(props: ComponentProps<typeof RatingLinesChart>) {
  return (
    <RatingLinesOnDemand {...props}>
      <div className={styles.lines} data-testid={props.testId}>
        <RatingLinesPicture lines={props.lines} markDate={props.markDate} label={props.label} />
      </div>
    </RatingLinesOnDemand>
  );
}
