import type { ReactNode } from "react";
import styles from "./gap-cards.module.css";

/** A plain-language explanation one tap away: a native disclosure, keyboard and touch friendly. */
export function Explainer({ term, children }: { term: string; children: ReactNode }) {
  return (
    <details className={styles.explain}>
      <summary>
        <span className={styles.info} aria-hidden="true">
          i
        </span>{" "}
        What is {term}?
      </summary>
      <p>{children}</p>
    </details>
  );
}
