/** Parses a numeric cell; empty, "-" and "N/A" are null, anything else non-numeric is an error. */
export function parseOptionalNumber(raw: string | undefined): number | null | "invalid" {
  const s = (raw ?? "").trim().replace(/,/g, "");
  if (s === "" || s === "-" || /^n\/?a$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : "invalid";
}

/** `20240801`, `2024.08.01`, `2024-08-01` → `2024-08-01`; null when not a real date. */
export function toIsoDate(raw: string): string | null {
  const m = /^(\d{4})[-./]?(\d{2})[-./]?(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}
