import type { PlanStep } from "@/lib/wizard/build-deployment-plan";
import styles from "./result.module.css";

/** Numbered plan steps with copyable command lines. */
export function PlanView({ steps, testId }: { steps: PlanStep[]; testId: string }) {
  return (
    <ol className={styles.plan} data-testid={testId}>
      {steps.map((s) => (
        <li key={s.title}>
          <strong>{s.title}.</strong> {s.text} {s.link && <a href={s.link.href}>{s.link.label}</a>}
          {s.commands.map((c) => (
            <pre key={c} className={styles.command}>
              <code>{c}</code>
            </pre>
          ))}
        </li>
      ))}
    </ol>
  );
}
