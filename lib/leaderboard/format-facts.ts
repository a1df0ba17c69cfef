// Table cells: unknown facts show "—", never 0, so a missing price cannot read as "free".
export const MISSING = "—";

export function formatRating(rating: number): string {
  return Math.round(rating).toString();
}

/** "± 3" when symmetric after rounding, else "+4/−2"; empty without an interval. */
export function formatInterval(rating: number, lower: number | null, upper: number | null): string {
  if (lower === null || upper === null) return "";
  const up = Math.round(upper - rating);
  const down = Math.round(rating - lower);
  return up === down ? `± ${up}` : `+${up}/−${down}`;
}

const trim = (n: number) => (Number.isInteger(n) ? n.toString() : n.toFixed(1).replace(/\.0$/, ""));

/** Parameters in billions; mixture-of-experts models also show their active parameters. */
export function formatParameters(totalB: number | null, activeB: number | null): string {
  if (totalB === null) return MISSING;
  return activeB === null ? `${trim(totalB)}B` : `${trim(totalB)}B (${trim(activeB)}B active)`;
}

/** Context window in tokens, shortened: 128000 → "128K", 1048576 → "1M". */
export function formatContext(tokens: number | null): string {
  if (tokens === null) return MISSING;
  if (tokens >= 1_000_000) return `${trim(Math.round(tokens / 100_000) / 10)}M`;
  if (tokens >= 1_000) return `${Math.round(tokens / 1_000)}K`;
  return tokens.toString();
}

/** US dollars per million tokens; a listed price of 0 is shown as "$0" (free), unknown as "—". */
export function formatPrice(perMillion: number | null): string {
  if (perMillion === null) return MISSING;
  if (perMillion === 0) return "$0";
  return perMillion < 10 ? `$${perMillion.toFixed(2)}` : `$${trim(perMillion)}`;
}

export function formatCount(n: number | null): string {
  return n === null ? MISSING : n.toLocaleString("en-US");
}
