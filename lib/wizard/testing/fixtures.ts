import { DEFAULT_ANSWERS, type WizardAnswers } from "../answers";
import type { TaskBoard, ModelRow } from "../types";

/** A models-table row with nothing known but what the test sets. */
export function makeRow(id: number, slug: string, partial: Partial<ModelRow> = {}): ModelRow {
  return {
    id,
    slug,
    name: slug,
    organization: null,
    licence: null,
    licenceClass: "proprietary",
    contextWindow: null,
    parametersB: null,
    activeParametersB: null,
    inputPricePerM: null,
    outputPricePerM: null,
    ...partial,
  };
}

export function makeAnswers(partial: Partial<WizardAnswers> = {}): WizardAnswers {
  return {
    ...DEFAULT_ANSWERS,
    ...partial,
    assumptions: { ...DEFAULT_ANSWERS.assumptions, ...partial.assumptions },
  };
}

/** A board from [modelId, rating, ±ci] triples (ci null = no interval published). */
export function makeTaskBoard(
  category: string,
  scores: [number, number, number | null][],
  label = category,
): TaskBoard {
  return {
    task: "chat",
    arena: "text",
    category,
    label,
    snapshot: {
      id: 1,
      source: "test-source",
      sourceName: "Test source",
      date: "2025-12-17",
      styleControl: true,
      modelCount: scores.length,
    },
    scores: scores.map(([modelId, rating, ci]) => ({
      modelId,
      rating,
      lower: ci === null ? null : rating - ci,
      upper: ci === null ? null : rating + ci,
    })),
  };
}
