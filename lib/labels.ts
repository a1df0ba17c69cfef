// The one place where domain names get their display labels, typed against lib/domain.ts.
import type { Arena, Coverage, LicenceClass } from "./domain";

export const ARENA_LABELS = {
  text: "Text arena",
  code: "Code arena",
  webdev: "WebDev arena",
  vision: "Vision arena",
} as const satisfies Record<Arena, string>;

export const LICENCE_CLASS_LABELS = {
  proprietary: "Proprietary",
  "open-restricted": "Open weights (restricted licence)",
  "open-osi": "Open source (OSI licence)",
  "non-commercial": "Open weights, non-commercial",
  unknown: "Unknown",
} as const satisfies Record<LicenceClass, string>;

export const COVERAGE_LABELS = {
  complete: "Complete board",
  partial: "Partial board (top rows only)",
  flagships: "One flagship per lab",
} as const satisfies Record<Coverage, string>;

/** The leaderboards' headline categories, in the order LMArena lists them; the rest follow A–Z. */
export const CORE_CATEGORIES = [
  "overall",
  "coding",
  "math",
  "hard-prompts",
  "creative-writing",
  "instruction-following",
  "multi-turn",
  "longer-query",
] as const;

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  overall: "Overall",
  coding: "Coding",
  math: "Math",
  "hard-prompts": "Hard prompts",
  "hard-prompts-english": "Hard prompts (English)",
  "creative-writing": "Creative writing",
  "instruction-following": "Instruction following",
  "multi-turn": "Multi-turn",
  "longer-query": "Longer query",
  expert: "Expert",
  "exclude-ties": "Without ties",
  "exclude-short": "Without short queries",
  "exclude-refusal": "Without refusals",
  "non-english": "Non-English",
  "image-to-webdev": "Image to web app",
  "webdev-html": "Web dev (HTML)",
  "webdev-react": "Web dev (React)",
  webdev: "Web dev",
  english: "English",
  chinese: "Chinese",
  french: "French",
  german: "German",
  japanese: "Japanese",
  korean: "Korean",
  russian: "Russian",
  spanish: "Spanish",
  "industry-business-and-management-and-financial-operations":
    "Industry: business, management and financial operations",
  "industry-entertainment-and-sports-and-media": "Industry: entertainment, sports and media",
  "industry-legal-and-government": "Industry: legal and government",
  "industry-life-and-physical-and-social-science": "Industry: life, physical and social science",
  "industry-mathematical": "Industry: mathematics",
  "industry-medicine-and-healthcare": "Industry: medicine and healthcare",
  "industry-software-and-it-services": "Industry: software and IT services",
  "industry-writing-and-literature-and-language": "Industry: writing, literature and language",
};

/**
 * "hard-prompts" → "Hard prompts"; "industry-business-and-management-and-financial-operations"
 * → "Industry: business, management and financial operations"; languages read as words.
 */
export function labelCategory(slug: string): string {
  const known = CATEGORY_LABELS[slug];
  if (known) return known;
  const industry = /^industry-(.+)$/.exec(slug);
  if (industry?.[1]) {
    const parts = industry[1].split("-and-").map((p) => p.replace(/-/g, " "));
    const list =
      parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
    return `Industry: ${list}`;
  }
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sorts category slugs: core categories first in their fixed order, then A–Z by label. */
export function orderCategories(categories: Iterable<string>): string[] {
  const core = CORE_CATEGORIES as readonly string[];
  const at = (c: string) => (core.includes(c) ? core.indexOf(c) : core.length);
  return [...new Set(categories)].sort(
    (a, b) => at(a) - at(b) || labelCategory(a).localeCompare(labelCategory(b)),
  );
}

/** "Text arena, style control on". */
export function labelBoard(arena: Arena, styleControl: boolean): string {
  return `${ARENA_LABELS[arena]}, style control ${styleControl ? "on" : "off"}`;
}
