import Link from "next/link";
import { wizardHref } from "@/app/wizard/search-params";
import { STEP_LABELS, WIZARD_STEPS, type WizardAnswers } from "@/lib/wizard/answers";
import styles from "@/components/wizard/wizard.module.css";

const QUESTION_STEPS = WIZARD_STEPS.filter((s) => s !== "result");

/** Where the reader is, and a link to every step (each link carries all answers so far). */
export function WizardProgress({ answers }: { answers: WizardAnswers }) {
  const index = WIZARD_STEPS.indexOf(answers.step);
  const total = QUESTION_STEPS.length;
  const label =
    answers.step === "result" ? "All questions answered" : `Step ${index + 1} of ${total}`;
  return (
    <nav className={styles.progress} aria-label="Wizard steps" data-testid="wizard-progress">
      <span data-testid="wizard-step-count">{label}</span>
      <progress
        className={styles.bar}
        value={Math.min(index, total)}
        max={total}
        aria-label={label}
      />
      <ol>
        {WIZARD_STEPS.map((s, i) => (
          <li key={s}>
            <Link
              href={wizardHref(answers, s)}
              aria-current={s === answers.step ? "step" : undefined}
              data-testid={`progress-${s}`}
            >
              {s === "result" ? STEP_LABELS[s] : `${i + 1}. ${STEP_LABELS[s]}`}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
