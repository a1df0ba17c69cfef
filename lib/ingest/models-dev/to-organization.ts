/** Display form of each org folder; the folder names are lowercase slugs. */
const ORGANIZATIONS: Readonly<Record<string, string>> = {
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  alibaba: "Alibaba",
  meta: "Meta",
  mistral: "Mistral",
  deepseek: "DeepSeek",
  xai: "xAI",
  zhipuai: "Zhipu AI",
  moonshotai: "Moonshot AI",
  minimax: "MiniMax",
  cohere: "Cohere",
  nvidia: "NVIDIA",
  xiaomi: "Xiaomi",
  stepfun: "StepFun",
  tencent: "Tencent",
  perplexity: "Perplexity",
  sakana: "Sakana AI",
  sarvam: "Sarvam AI",
  deepreinforce: "DeepReinforce",
};

/** `moonshotai` → `Moonshot AI`; an org folder added upstream later keeps its folder name. */
export function toOrganization(folder: string): string {
  return ORGANIZATIONS[folder] ?? folder;
}

/**
 * Whether a provider id is one of the makers above, i.e. a first-party offering. api.json has no
 * `models/` folder list to check against, so a maker added upstream later is not recognised.
 */
export function isKnownMaker(providerId: string): boolean {
  return Object.hasOwn(ORGANIZATIONS, providerId);
}
