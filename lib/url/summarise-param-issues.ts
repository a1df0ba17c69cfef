import type { ParamIssue } from "./param-issue";

export type { ParamIssue };

const MAX_VALUE = 60;
const MAX_MESSAGE = 300;
/** Different kinds of problem with one key (unknown slug vs malformed slug) are all worth a line. */
const MAX_KINDS = 3;

const shorten = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * One notice per key, with long values cut short: a hostile link with thousands of bad values
 * (or unknown keys, all reported under "parameter") gets a few lines, not megabytes. A key's
 * notice quotes the first issue of each kind (same message but for the value) and counts the rest.
 */
export function summariseParamIssues(issues: readonly ParamIssue[]): ParamIssue[] {
  const byKey = new Map<string, { kinds: Map<string, ParamIssue>; total: number }>();
  for (const issue of issues) {
    const group = byKey.get(issue.key) ?? { kinds: new Map<string, ParamIssue>(), total: 0 };
    byKey.set(issue.key, group);
    group.total++;
    const kind = issue.value ? issue.message.split(issue.value).join("\u0000") : issue.message;
    if (group.kinds.size < MAX_KINDS && !group.kinds.has(kind)) group.kinds.set(kind, issue);
  }
  return [...byKey].map(([key, { kinds, total }]) => {
    const shown = [...kinds.values()].map((i) => {
      const value = shorten(i.value, MAX_VALUE);
      return shorten(i.value ? i.message.split(i.value).join(value) : i.message, MAX_MESSAGE);
    });
    const more = total - kinds.size;
    const what = key === "parameter" ? "unknown parameters" : `for "${key}"`;
    const tail = more > 0 ? ` (and ${more.toLocaleString("en")} more ${what})` : "";
    const value = shorten([...kinds.values()][0]?.value ?? "", MAX_VALUE);
    return { key, value, message: `${shown.join(" ")}${tail}` };
  });
}
