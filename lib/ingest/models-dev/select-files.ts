const MODEL_PATH = /^models\/([^/]+)\/[^/]+\.toml$/;
const PROVIDER_PATH = /^providers\/([^/]+)\/models\/(?:([^/]+)\/)?[^/]+\.toml$/;

/**
 * Every `models/` file, plus provider files only where the provider folder is the maker's org
 * folder. Resellers and gateways (openrouter, togetherai, huggingface, llama's Groq/Cerebras
 * routes) set their own prices, not the maker's list price; zai repeats zhipuai's models.
 */
export function selectFiles(listing: readonly string[]): string[] {
  const orgs = new Set(listing.map((p) => MODEL_PATH.exec(p)?.[1]).filter((o) => o !== undefined));
  return listing.filter((p) => {
    if (MODEL_PATH.test(p)) return true;
    const m = PROVIDER_PATH.exec(p);
    return m?.[1] !== undefined && orgs.has(m[1]) && (m[2] === undefined || m[2] === m[1]);
  });
}
