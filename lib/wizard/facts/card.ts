/** The Hugging Face repository and its model card, the usual source of a weights fact. */
export function hfCard(
  repo: string,
  gated = false,
): { hfRepo: string; source: string; gated?: true } {
  return { hfRepo: repo, source: `https://huggingface.co/${repo}`, ...(gated ? { gated } : {}) };
}

export const gqa = (layers: number, kvHeads: number, headDim: number) =>
  ({ kind: "gqa", layers, kvHeads, headDim }) as const;
