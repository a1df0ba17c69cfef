/**
 * Keeps one row per key, in order. A repeat with the same figures is a copy and is dropped. A
 * repeat with other figures means the publisher shows two models under one name (LMArena's own
 * webdev board lists "gpt-5.3-codex (codex-harness)" twice); nothing says which row is which
 * model, so every row of that key is left out rather than guessed. Returns the kept rows and the
 * keys left out.
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
