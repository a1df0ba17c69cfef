/**
 * One row per key: an exact repeat is dropped; a repeat with other figures is two models under one
 * name (LMArena's webdev lists "gpt-5.3-codex (codex-harness)" twice), so all its rows are left out.
 */
export function dropAmbiguousRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  figuresOf: (row: T) => string,
): { kept: T[]; ambiguous: Set<string> } {
  const first = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    const figures = figuresOf(row);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, figures);
    else if (seen !== figures) ambiguous.add(key);
  }
  const taken = new Set<string>();
  const kept = rows.filter((row) => {
    const key = keyOf(row);
    if (ambiguous.has(key) || taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  return { kept, ambiguous };
}
