interface Issue {
  key: string;
  value: string;
  message: string;
}

/** Tells the reader which parts of a hand-edited or outdated link were ignored. */
export function ParamNotices({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <div className="warning" role="status" data-testid="param-notice">
      <strong>
        Some of this link&apos;s settings could not be used, so defaults apply instead:
      </strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.key}-${i.value}`}>{i.message}</li>
        ))}
      </ul>
    </div>
  );
}
