import type { ReactNode } from "react";
import styles from "./embed-frame.module.css";

/**
 * The whole page of an embed: a one-line title, the chart filling the frame, and the
 * attribution with a link to the full view (opened outside the frame).
 */
export function EmbedFrame({
  title,
  fullUrl,
  credit,
  children,
}: {
  title: string;
  fullUrl: string;
  /** Who published the numbers, e.g. "LMArena, OpenLM.ai". */
  credit: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className={styles.frame} data-embed data-testid="embed">
      <h1 className={styles.title} title={title}>
        {title}
      </h1>
      <div className={styles.chart}>{children}</div>
      <p className={styles.attribution} data-testid="embed-attribution">
        <a href={fullUrl} target="_blank" rel="noopener" data-testid="embed-full-view">
          OpenGap
        </a>{" "}
        · data: {credit} ·{" "}
        <a href={fullUrl} target="_blank" rel="noopener">
          Open the full view ↗
        </a>
      </p>
    </main>
  );
}
