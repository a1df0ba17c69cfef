import type { WizardAnswers } from "./answers";
import type { CheckId } from "./evaluate-candidate";

export const CHECK_LABELS = {
  quality: "Quality bar",
  context: "Context window",
  privacy: "Data stays in-house",
  commercial: "Commercial use",
  derivatives: "Fine-tune and distribute",
  osi: "OSI-approved licence",
  budget: "Budget",
  hardware: "Your hardware",
  ops: "Managed API only",
  speed: "Speed per request",
  tput: "Total throughput",
  volume: "Monthly volume",
} as const satisfies Record<CheckId, string>;

/** The answers with one requirement dropped, so a what-if can be opened as its own link. */
export function relaxAnswers(a: WizardAnswers, check: CheckId): WizardAnswers | null {
  const drop = (need: string) => a.licence.filter((n) => n !== need);
  switch (check) {
    case "quality":
      return { ...a, quality: "any" };
    case "privacy":
      return { ...a, privacy: false };
    case "commercial":
    case "derivatives":
    case "osi":
      return { ...a, licence: drop(check) };
    case "budget":
      return { ...a, budget: null };
    case "hardware":
      // Without owned GPUs, self-hosting rents whatever the model needs.
      return { ...a, gpus: 0 };
    case "ops":
      return { ...a, ops: "any" };
    case "speed":
      return { ...a, speed: null };
    case "tput":
      return { ...a, tput: null };
    case "context":
    case "volume":
      return null;
  }
}
