/** Search params as Next.js hands them to a page or route (one value, several, or none). */
export type RawParams = Record<string, string | string[] | undefined>;

/** One unusable URL value: which key, what it said, and what to do instead (valid values). */
export interface ParamIssue {
  key: string;
  value: string;
  message: string;
}
