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

export { isIsoDate } from "@/lib/dates/iso-date";

/** Valid values for a notice; long lists (30 categories, 100 organisations) are shortened. */
export const listValid = (valid: readonly string[]): string =>
  valid.length > 15
    ? `${valid.slice(0, 15).join(", ")}, … (${valid.length} in all)`
    : valid.join(", ");
