"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  useEffect,
  useRef,
  useTransition,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import { hiddenFields, parseWizardParams, serializeWizardParams } from "@/app/wizard/search-params";
import { STEP_LABELS, type WizardAnswers, type WizardStep } from "@/lib/wizard/answers";
import styles from "@/components/wizard/wizard.module.css";

/**
 * One step as a plain GET form: earlier answers ride along as hidden inputs, "Continue" submits
 * step=<next>. With JavaScript the same form data is parsed here and pushed as the canonical
 * link, so the page changes without a reload and focus moves to the new step's heading.
 */
export function StepForm({
  answers,
  step,
  next,
  back,
  submitLabel,
  title = STEP_LABELS[step],
  focusId = "step-heading",
  children,
}: {
  answers: WizardAnswers;
  step: WizardStep;
  next: WizardStep;
  back: WizardStep | null;
  submitLabel: string;
  title?: string;
  /** What takes focus when a navigation lands on a new step. */
  focusId?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const query = serializeWizardParams(answers);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== step) document.getElementById(focusId)?.focus();
    shownStep.current = step;
  }, [step, focusId]);

  const go = (form: HTMLFormElement, target: WizardStep, submitter?: HTMLElement | null) => {
    const data = new FormData(form, submitter ?? undefined);
    data.set("step", target);
    const raw: Record<string, string[]> = {};
    for (const [k, v] of data.entries()) (raw[k] ??= []).push(String(v));
    const { answers: nextAnswers, issues } = parseWizardParams(raw);
    // Bad typed values go to the server as typed, so its notice can name them.
    const url = issues.length
      ? `/wizard?${new URLSearchParams(data as unknown as Record<string, string>).toString()}`
      : `/wizard${serializeWizardParams(nextAnswers)}`;
    startTransition(() => router.push(url, { scroll: !issues.length }));
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    go(e.currentTarget, next, submitter);
  };
  const onBack = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!back || !formRef.current || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    go(formRef.current, back);
  };

  return (
    <form
      ref={formRef}
      method="get"
      action="/wizard"
      className={styles.form}
      onSubmit={onSubmit}
      aria-busy={pending}
      aria-labelledby="step-heading"
      data-testid="wizard-form"
      data-step={step}
      data-query={query}
    >
      <h2 id="step-heading" tabIndex={-1}>
        {title}
      </h2>
      {hiddenFields(answers, step).map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
      <div key={query} className={styles.form}>
        {children}
      </div>
      <div className={styles.actions}>
        <button
          type="submit"
          name="step"
          value={next}
          className={styles.primary}
          data-testid="wizard-next"
        >
          {submitLabel}
        </button>
        {back && (
          <Link
            href={`/wizard${serializeWizardParams({ ...answers, step: back })}`}
            onClick={onBack}
            data-testid="wizard-back"
          >
            Back to {STEP_LABELS[back].toLowerCase()}
          </Link>
        )}
        {pending && (
          <span role="status" className="muted">
            Loading…
          </span>
        )}
      </div>
    </form>
  );
}
