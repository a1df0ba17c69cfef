// HTML tables read with htmlparser2 (a maintained, forgiving parser): nested markup, attributes
// containing ">", optional closing tags and every HTML entity are handled as browsers do.
import { DomUtils, parseDocument } from "htmlparser2";

// htmlparser2's node types, named through its own API (domhandler is its dependency, not ours).
type ChildNode = ReturnType<typeof parseDocument>["children"][number];
type Element = Extract<ChildNode, { name: string; attribs: object }>;

export interface HtmlTable {
  /** Cell texts of the header row (the first row made only of <th>, else the first row). */
  header: string[];
  /** Cell texts of the rows after the header, in page order. */
  rows: string[][];
}

interface Cell {
  isHeader: boolean;
  text: string;
}

/** Every <table> of a page (outermost first), cells as whitespace-collapsed text. */
export function extractHtmlTables(html: string): HtmlTable[] {
  const doc = parseDocument(html);
  return DomUtils.getElementsByTagName("table", doc).map((table) => {
    const rows = ownRows(table)
      .map((tr) => cellsOf(tr))
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

/** The visible text of a page (no comments, scripts or styles), for lines such as the attribution. */
export function extractHtmlText(html: string): string {
  const doc = parseDocument(html);
  for (const el of DomUtils.getElementsByTagName(
    (name) => name === "script" || name === "style",
    doc,
  ))
    DomUtils.removeElement(el);
  return collapse(textWithGaps(doc.children));
}

/** Decodes HTML entities in plain text (what a cell would show). */
export function decodeEntities(text: string): string {
  return DomUtils.textContent(parseDocument(text.replace(/</g, "&lt;")));
}

// Rows of this table only: a table nested in a cell keeps its rows to itself.
function ownRows(table: Element): Element[] {
  const nearestTable = (node: Element): Element | null => {
    let p = node.parent;
    while (p && !(p.type === "tag" && (p as Element).name === "table")) p = p.parent;
    return p as Element | null;
  };
  return DomUtils.getElementsByTagName("tr", table).filter((tr) => nearestTable(tr) === table);
}

function cellsOf(tr: Element): Cell[] {
  return tr.children
    .filter((c): c is Element => c.type === "tag" && (c.name === "td" || c.name === "th"))
    .map((cell) => ({ isHeader: cell.name === "th", text: collapse(DomUtils.textContent(cell)) }));
}

// Block elements and line breaks separate words; inline tags join them ("GPT-4 <b>o</b>").
function textWithGaps(nodes: ChildNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === "text") return n.data;
      if (n.type !== "tag" && n.type !== "root") return " ";
      const el = n as Element;
      return ` ${textWithGaps(el.children)} `;
    })
    .join("");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
