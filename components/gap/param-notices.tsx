import { summariseParamIssues, type ParamIssue } from "@/lib/url/summarise-param-issues";

/** Tells the reader which parts of a hand-edited or outdated link were ignored (one line per key). */
export function ParamNotices({ issues }: { issues: readonly ParamIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="warning" role="status" data-testid="param-notice">
      <strong>
        Some of this link&apos;s settings could not be used, so defaults apply instead:
      </strong>
      <ul>
        {summariseParamIssues(issues).map((i) => (
          <li key={i.key}>{i.message}</li>
        ))}
      </ul>
    </div>
  );
}
