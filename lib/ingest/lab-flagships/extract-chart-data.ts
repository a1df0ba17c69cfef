import { IngestError } from "../ingest-error";
import { readJson } from "../validate";
import { info } from "./info";

/**
 * Cuts the object literal of `const CHART_DATA_HIGHEST = {...};` out of the site's `data.js`, the
 * way the mirror's CHART_DATA_HIGHEST.json was made. The literal is JSON (SOURCE.md), so string
 * quotes are tracked while matching braces and the result must parse as JSON.
 */
export function extractChartData(
  js: string,
  origin = "data.js",
  name = "CHART_DATA_HIGHEST",
): string {
  const fail = (message: string) =>
    new IngestError({ source: info.slug, origin, field: name, message });
  const declaration = new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*=\\s*`).exec(js);
  if (!declaration) throw fail(`no "const ${name} = {...}" declaration`);
  const start = declaration.index + declaration[0].length;
  if (js[start] !== "{") throw fail("expected an object literal after the declaration");
  const end = findClosingBrace(js, start);
  if (end === null) throw fail("object literal is not closed (truncated file?)");
  const literal = js.slice(start, end + 1);
  const value = readJson(literal, info.slug, origin);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw fail("expected an object");
  }
  return literal;
}

/** Index of the brace closing the one at `start`, skipping braces inside JSON strings. */
function findClosingBrace(text: string, start: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth += 1;
    else if (c === "}" && --depth === 0) return i;
  }
  return null;
}
