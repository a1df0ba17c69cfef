import type { ReactNode } from "react";
import { BOX, horizontalsPath, makeScale, verticalsPath, type Scale } from "./svg-paths";
import styles from "./svg-plot.module.css";

export interface PlotAxis {
  domain: readonly [number, number];
  ticks: readonly { v: number; label: string }[];
  /** Fewer labels for phone widths (CSS picks the set; the server cannot know the width). */
  narrowTicks?: readonly { v: number; label: string }[];
}

/**
 * A chart drawn on the server: the plot is an SVG stretched to its frame (strokes keep their
 * width), tick labels are HTML beside it so text never stretches. The caller draws the layers
 * with the two scales it is handed.
 */
export function SvgPlot({
  x,
  y,
  label,
  description,
  testId,
  yWidth = 48,
  grid = "y",
  draw,
}: {
  x: PlotAxis;
  y: PlotAxis;
  label: string;
  description: string;
  testId?: string;
  yWidth?: number;
  /** Grid lines across the y ticks (time charts) or along the x ticks (horizontal bars). */
  grid?: "x" | "y";
  draw: (sx: Scale, sy: Scale) => ReactNode;
}) {
  const sx = makeScale(x.domain, [0, BOX]);
  const sy = makeScale(y.domain, [BOX, 0]);
  const pct = (v: number) => `${(v / BOX) * 100}%`;
  return (
    <div
      className={styles.plot}
      style={{ "--y-width": `${yWidth}px` } as React.CSSProperties}
      data-testid={testId}
    >
      <div className={styles.yLabels} aria-hidden="true">
        {y.ticks.map((t) => (
          <span key={t.v} style={{ top: pct(sy(t.v)) }} data-testid="y-tick">
            {t.label}
          </span>
        ))}
      </div>
      <svg
        className={styles.area}
        viewBox={`0 0 ${BOX} ${BOX}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
      >
        <title>{label}</title>
        <desc>{description}</desc>
        <path
          className={styles.grid}
          d={
            grid === "y"
              ? horizontalsPath(
                  y.ticks.map((t) => t.v),
                  sy,
                )
              : verticalsPath(
                  x.ticks.map((t) => t.v),
                  sx,
                )
          }
        />
        <path className={styles.axis} d={`M0 0V${BOX}H${BOX}`} />
        {draw(sx, sy)}
      </svg>
      <div className={x.narrowTicks ? styles.xWide : styles.xLabels} aria-hidden="true">
        {x.ticks.map((t) => (
          <span key={t.v} style={{ left: pct(sx(t.v)) }} data-testid="x-tick">
            {t.label}
          </span>
        ))}
      </div>
      {x.narrowTicks && (
        <div className={styles.xNarrow} aria-hidden="true">
          {x.narrowTicks.map((t) => (
            <span key={t.v} style={{ left: pct(sx(t.v)) }}>
              {t.label}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
