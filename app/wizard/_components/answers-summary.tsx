import Link from "next/link";
import { wizardHref } from "@/app/wizard/search-params";
import type { WizardAnswers, WizardStep } from "@/lib/wizard/answers";
import { TASK_LABELS } from "@/lib/wizard/task-boards";
import styles from "@/components/wizard/wizard.module.css";

const LICENCE_TEXT = {
  commercial: "commercial use",
  derivatives: "fine-tune and distribute",
  osi: "OSI licence",
} as const;

/** The answers in words, each with a link back to the step that asks it. */
export function AnswersSummary({ answers: a }: { answers: WizardAnswers }) {
  const rows: [string, string, WizardStep][] = [
    [
      "Tasks",
      a.tasks
        .map((t) =>
          t === "multilingual"
            ? `${TASK_LABELS[t]} (${a.langs.map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join(", ")})`
            : TASK_LABELS[t],
        )
        .join(", "),
      "tasks",
    ],
    [
      "Quality bar",
      a.quality === "frontier"
        ? "at the frontier"
        : a.quality === "within"
          ? `within ${a.within} points of the best`
          : "good enough",
      "quality",
    ],
    ["Data", a.privacy ? "must stay in-house" : "a provider's API is acceptable", "data"],
    ["Licence", a.licence.map((l) => LICENCE_TEXT[l]).join(", ") || "no requirement", "licence"],
    [
      "Budget",
      `${a.budget === null ? "no limit" : `$${a.budget.toLocaleString("en-US")} / month`}, ${a.volumeM.toLocaleString("en-US")}M tokens / month`,
      "budget",
    ],
    [
      "Hardware",
      `${a.gpus ? `${a.gpus}×${a.vram} GB GPUs` : "no GPUs"}; ${a.ops === "api" ? "managed APIs only" : "can run own servers"}`,
      "infra",
    ],
    [
      "Targets",
      [a.speed && `${a.speed} tokens/s per request`, a.tput && `${a.tput} tokens/s in total`]
        .filter(Boolean)
        .join(", ") || "none",
      "targets",
    ],
  ];
  return (
    <dl className={styles.summary} data-testid="answers-summary">
      {rows.map(([label, value, step]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
          <dd>
            <Link href={wizardHref(a, step)} aria-label={`Change ${label.toLowerCase()}`}>
              Change
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
