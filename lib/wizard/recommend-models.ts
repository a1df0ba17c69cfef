import type { WizardAnswers } from "./answers";
import { evaluateRoute, type Route } from "./evaluate-candidate";
import { buildModelProfile } from "./model-facts";
import {
  computeRelaxations,
  rankShortlist,
  type Candidate,
  type RankedOption,
  type Relaxation,
  type ShortlistEntry,
} from "./rank-shortlist";
import { findBoardBest, rateOnBoard, scoreQuality, type TaskBoardBest } from "./rate-on-boards";
import { boardId } from "./task-boards";
import type { TaskBoard, ModelProfile, ModelRow } from "./types";

export interface WizardResult {
  boards: (TaskBoard & { best: TaskBoardBest | null })[];
  candidates: Candidate[];
  shortlist: ShortlistEntry[];
  /** How many options meet every requirement. */
  passing: number;
  /** All of them in rank order, for "show all". */
  all: RankedOption[];
  /** Families held to MAX_PER_FAMILY places on the shortlist for variety. */
  capped: string[];
  relaxations: Relaxation[];
  /** Rated models left out because their licence (and so their availability) is unknown. */
  unknownLicence: number;
}

/** The ways a model can be used: providers' APIs (priced, or proprietary) and self-hosting. */
export function listRoutes(p: ModelProfile): Route[] {
  const routes: Route[] = [];
  if (p.licenceClass === "proprietary" || (p.openWeights && p.inputPricePerM != null))
    routes.push("api");
  if (p.openWeights) routes.push("self");
  return routes;
}

/** Answers + the chosen boards + the models on them → ranked shortlist and what-ifs. */
export function recommendModels(
  a: WizardAnswers,
  boards: TaskBoard[],
  rows: ModelRow[],
): WizardResult {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const withBest = boards.map((b) => ({
    ...b,
    best: findBoardBest(b, (id) => byId.get(id)?.name ?? `model ${id}`),
  }));
  const worstGaps = new Map(
    withBest.map((b) => [
      boardId(b),
      b.best ? b.best.rating - Math.min(...b.scores.map((s) => s.rating)) : 0,
    ]),
  );
  const ids = [...new Set(boards.flatMap((b) => b.scores.map((s) => s.modelId)))];
  let unknownLicence = 0;
  const candidates: Candidate[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    if (row.licenceClass === "unknown") {
      unknownLicence++;
      continue;
    }
    const profile = buildModelProfile(row);
    const ratings = withBest.map((b) => rateOnBoard(b, b.best, id));
    candidates.push({
      profile,
      ratings,
      qualityScore: scoreQuality(ratings, worstGaps),
      routes: listRoutes(profile).map((r) => evaluateRoute(profile, r, ratings, a)),
    });
  }
  const { entries, passing, all, capped } = rankShortlist(candidates);
  return {
    boards: withBest,
    candidates,
    shortlist: entries,
    passing,
    all,
    capped,
    relaxations: computeRelaxations(candidates),
    unknownLicence,
  };
}
