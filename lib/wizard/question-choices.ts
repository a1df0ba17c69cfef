// The wizard's multiple-choice questions as data: each value with its label and hint. The
// components render these lists; the answers module parses the same values from the URL.

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export const QUALITY_CHOICES = [
  {
    value: "frontier",
    label: "Must be at the frontier",
    hint: "Statistically tied with the best model on every chosen board (95% intervals overlap).",
  },
  {
    value: "within",
    label: "Close to the frontier",
    hint: "No more rating points behind the best model than the number below, on every chosen board.",
  },
] as const satisfies readonly Choice<string>[];

export const QUALITY_ANY = {
  value: "any",
  label: "Good enough",
  hint: "No minimum: rank by rating and let the other requirements decide.",
} as const satisfies Choice<string>;

export const PRIVACY_CHOICES = [
  {
    value: "1",
    label: "Yes, they must stay on hardware we control",
    hint: "Only self-hosted open-weight models qualify (your GPUs or GPUs rented in your own cloud account).",
  },
  {
    value: "0",
    label: "No, a provider's API is acceptable",
    hint: "Proprietary APIs and hosted open models qualify.",
  },
] as const satisfies readonly Choice<string>[];

export const LICENCE_CHOICES = [
  {
    value: "commercial",
    label: "Commercial use",
    hint: "In a product or service that earns money.",
  },
  {
    value: "derivatives",
    label: "Fine-tuning and distributing the derived weights",
    hint: "Needs open weights whose licence allows derivatives.",
  },
  {
    value: "osi",
    label: "OSI-approved open-source licence only",
    hint: "Apache 2.0, MIT and the like; community licences with use restrictions do not count.",
  },
] as const satisfies readonly Choice<string>[];

export const OPS_CHOICES = [
  {
    value: "any",
    label: "Yes, we can run our own servers",
    hint: "Managed APIs stay possible too.",
  },
  {
    value: "api",
    label: "No, managed APIs only",
    hint: "Rules out self-hosting, and with it any requirement that data stay in-house.",
  },
] as const satisfies readonly Choice<string>[];
