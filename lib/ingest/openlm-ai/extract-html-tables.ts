// A small tolerant reader for plain HTML tables, so the adapter needs no HTML parser dependency.
// It does not build a DOM: tables are not nested on these pages, and closing tags are optional.

export interface HtmlTable {
  /** Cell texts of the header row (the first row made only of <th>, else the first row). */
  header: string[];
  /** Cell texts of the rows after the header, in page order. */
  rows: string[][];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Every <table> of a page, cells as whitespace-collapsed text. */
export function extractHtmlTables(html: string): HtmlTable[] {
  const chunks = stripComments(html)
    .split(/<table\b[^>]*>/i)
    .slice(1);
  return chunks.map((chunk) => {
    const body = chunk.split(/<\/table\s*>/i)[0] ?? "";
    const rows = body
      .split(/<tr\b[^>]*>/i)
      .slice(1)
      .map((tr) => readCells(tr.split(/<\/tr\s*>/i)[0] ?? ""))
      .filter((cells) => cells.length > 0);
    const headerAt = Math.max(
      0,
      rows.findIndex((cells) => cells.every((c) => c.isHeader)),
    );
    return {
      header: rows[headerAt]?.map((c) => c.text) ?? [],
      rows: rows.slice(headerAt + 1).map((cells) => cells.map((c) => c.text)),
    };
  });
}

/** The visible text of a page (no comments, no tags), for lines such as the attribution. */
export function extractHtmlText(html: string): string {
  return toText(stripComments(html).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " "), " ");
}

function readCells(tr: string): { isHeader: boolean; text: string }[] {
  const opens = [...tr.matchAll(/<(th|td)\b[^>]*>/gi)];
  return opens.map((open, i) => {
    const start = (open.index ?? 0) + open[0].length;
    const end = opens[i + 1]?.index ?? tr.length;
    const inner = tr.slice(start, end).split(/<\/t[hd]\s*>/i)[0] ?? "";
    return { isHeader: open[1]?.toLowerCase() === "th", text: toText(inner, "") };
  });
}

function stripComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(-->|$)/g, " ");
}

/** Inline tags inside a cell join their text; between blocks (`gap` " ") words stay apart. */
function toText(fragment: string, gap: string): string {
  return decodeEntities(fragment.replace(/<br\b[^>]*>/gi, " ").replace(/<[^>]*>/g, gap))
    .replace(/\s+/g, " ")
    .trim();
}

/** Decodes after tags are stripped, so an escaped `&lt;b&gt;` stays text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
