/** The frame size the snippet and oEmbed offer; the embed fills whatever frame it gets. */
export const EMBED_SIZE = { width: 600, height: 400 } as const;

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The `<iframe>` a person pastes into a page, wiki or post to show a live chart. */
export function buildEmbedSnippet(p: {
  src: string;
  title: string;
  width?: number;
  height?: number;
}): string {
  const width = p.width ?? EMBED_SIZE.width;
  const height = p.height ?? EMBED_SIZE.height;
  return `<iframe src="${attr(p.src)}" title="${attr(p.title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
