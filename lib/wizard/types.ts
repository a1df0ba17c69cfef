import type { Arena, LicenceClass } from "@/lib/domain";
import type { AttentionShape } from "./facts/types";
import type { LicenceTerms } from "./licence-terms";
import type { TaskBoardKey } from "./task-boards";

/** A model as the database knows it (the models table, filled from models.dev and the boards). */
export interface ModelRow {
  id: number;
  slug: string;
  name: string;
  organization: string | null;
  licence: string | null;
  licenceClass: LicenceClass;
  contextWindow: number | null;
  parametersB: number | null;
  activeParametersB: number | null;
  inputPricePerM: number | null;
  outputPricePerM: number | null;
}

/** Where a fact shown on the result came from. */
export type FactBasis = "database" | "model card";

/** A database row completed with the curated facts, each field's origin kept. */
export interface ModelProfile extends ModelRow {
  openWeights: boolean;
  hfRepo: string | null;
  gated: boolean;
  attention: AttentionShape | null;
  /** Precision the weights are published in (16 unless the card says otherwise). */
  nativeBits: 16 | 8 | 4;
  licenceTerms: LicenceTerms & { basis: "curated" | "label" | "class" };
  /** Model card URL of the curated facts, when any were used. */
  factSource: string | null;
  basis: Partial<Record<"parametersB" | "activeParametersB" | "contextWindow", FactBasis>>;
}

export interface TaskBoardScore {
  modelId: number;
  rating: number;
  lower: number | null;
  upper: number | null;
}

/** One board (task × category) read from exactly one snapshot of one source. */
export interface TaskBoard extends TaskBoardKey {
  snapshot: {
    id: number;
    source: string;
    sourceName: string;
    date: string;
    styleControl: boolean;
    modelCount: number;
  } | null;
  scores: TaskBoardScore[];
}

export type { Arena };
