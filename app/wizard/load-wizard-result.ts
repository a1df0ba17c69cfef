import "server-only";
import { memoByDataVersion } from "@/db/queries/data-version";
import { getWizardBoard, getWizardModels } from "@/db/queries/wizard";
import type { WizardAnswers } from "@/lib/wizard/answers";
import { recommendModels, type WizardResult } from "@/lib/wizard/recommend-models";
import { listTaskBoards } from "@/lib/wizard/task-boards";
import type { TaskBoard } from "@/lib/wizard/types";
import { serializeWizardParams } from "./search-params";

/** Answers → one snapshot per chosen board → the models on them → the shortlist. */
export function loadWizardResult(answers: WizardAnswers): WizardResult {
  const key = serializeWizardParams({ ...answers, step: "result" });
  return memoByDataVersion(`wizard-result${key}`, () => {
    const boards: TaskBoard[] = listTaskBoards(answers.tasks, answers.langs).map((k) => {
      const b = getWizardBoard(k.arena, k.category);
      return { ...k, snapshot: b?.snapshot ?? null, scores: b?.scores ?? [] };
    });
    const ids = [...new Set(boards.flatMap((b) => b.scores.map((s) => s.modelId)))];
    return recommendModels(answers, boards, getWizardModels(ids));
  });
}
