const REPLACEMENTS: Record<string, string> = {
  "\u2014": "-",
  "\u2013": "-",
  "\u2212": "-",
  "\u2265": ">=",
  "\u2264": "<=",
  "\u00b7": "|",
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2026": "...",
  "\u00b1": "+/-",
};

/**
 * Text for Open Graph images, reduced to printable ASCII: the renderer downloads a font from the
 * internet for any glyph its bundled font lacks (emoji, CJK, symbols), and the server has no internet.
 */
export function toOgText(text: string): string {
  return text
    .replace(
      /[\u2014\u2013\u2212\u2265\u2264\u00b7\u2019\u2018\u201c\u201d\u2026\u00b1]/g,
      (c) => REPLACEMENTS[c] ?? "",
    )
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
