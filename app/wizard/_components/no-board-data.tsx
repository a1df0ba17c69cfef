import Link from "next/link";
import { wizardHref } from "@/app/wizard/search-params";
import type { Task, WizardAnswers } from "@/lib/wizard/answers";
import type { WizardResult } from "@/lib/wizard/recommend-models";
import { TASK_LABELS } from "@/lib/wizard/task-boards";

/**
 * No chosen board has a snapshot the wizard can rank from: say which tasks, in a reader's words,
 * and link the nearest answers that do have data (the other tasks, else general chat).
 */
export function NoBoardData({
  answers,
  boards,
}: {
  answers: WizardAnswers;
  boards: WizardResult["boards"];
}) {
  const empty = new Set(boards.filter((b) => !b.snapshot).map((b) => b.task));
  const missing = answers.tasks.filter((t) => empty.has(t));
  const kept = answers.tasks.filter((t) => !empty.has(t));
  const tasks: Task[] = kept.length ? kept : ["chat"];
  const names = (list: readonly Task[]) => list.map((t) => TASK_LABELS[t]).join(", ");
  return (
    <div className="card" role="status" data-testid="wizard-empty">
      <strong>
        No leaderboard here ranks models for {names(missing.length ? missing : answers.tasks)}.
      </strong>{" "}
      The wizard needs a complete snapshot of each task&apos;s board, with open and proprietary
      models rated side by side. None is on file for this task: at most partial top-of-board reads,
      which leave out the mid-size open models a shortlist needs.{" "}
      <Link href={wizardHref({ ...answers, tasks }, "result")} data-testid="wizard-empty-nearest">
        See the shortlist for {names(tasks)} instead
      </Link>
      , or <Link href={wizardHref(answers, "tasks")}>choose other tasks</Link>.
    </div>
  );
}
