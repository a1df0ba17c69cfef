// Readers shared by every route's search-params module: Next hands a key as a string, or as an
// array when a plain HTML form repeats it (one checkbox per value).
type Raw = string | string[] | undefined;

/** The first value of a key, trimmed ("" when absent). */
export const firstValue = (v: Raw): string => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** Every value of a key as one comma list, whether repeated (open=a&open=b) or joined (open=a,b). */
export const joinedValues = (v: Raw): string => (Array.isArray(v) ? v.join(",") : (v ?? "")).trim();

/** The distinct items of a comma list: a value repeated 5,000 times is read (and reported) once. */
export const listValues = (v: Raw): string[] => [
  ...new Set(
    joinedValues(v)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** A real calendar date as YYYY-MM-DD (Date.parse rolls 02-30 over to 03-02: check the round trip). */
export const isIsoDate = (v: string): boolean => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(v)
  );
};

/** Valid values for a notice; long lists (30 categories, 100 organisations) are shortened. */
export const listValid = (valid: readonly string[]): string =>
  valid.length > 15
    ? `${valid.slice(0, 15).join(", ")}, … (${valid.length} in all)`
    : valid.join(", ");
