import type { Check } from "@/lib/wizard/evaluate-candidate";
import { CHECK_LABELS } from "@/lib/wizard/relax-answers";
import styles from "./result.module.css";

const MARK = {
  pass: { symbol: "✓", text: "meets" },
  fail: { symbol: "✗", text: "fails" },
  unknown: { symbol: "?", text: "unknown" },
  warn: { symbol: "!", text: "meets, with a caveat" },
} as const satisfies Record<Check["status"], { symbol: string; text: string }>;

/** One line per requirement: ✓ met, ! met with a caveat, ✗ not met, ? unknown; with the reason. */
export function FitList({ checks }: { checks: Check[] }) {
  return (
    <ul className={styles.fit} data-testid="fit-list">
      {checks.map((c) => (
        <li key={c.id} data-status={c.status} data-testid={`fit-${c.id}`}>
          <span className={styles.mark} data-status={c.status} aria-hidden="true">
            {MARK[c.status].symbol}
          </span>
          <span className="sr-only">{MARK[c.status].text}:</span>
          <strong>{CHECK_LABELS[c.id]}</strong> <span className="muted">{c.reason}</span>
        </li>
      ))}
    </ul>
  );
}
