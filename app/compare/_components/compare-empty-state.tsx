import Link from "next/link";
import { serializeCompareParams, type CompareParams } from "@/app/compare/search-params";

interface Leader {
  slug: string;
  name: string;
  licenceClass: string;
  rating: number;
  date: string;
}

/** Fewer than two usable models: say why and offer a comparison that works. */
export function CompareEmptyState({
  params,
  valid,
  leaders,
  sourceName,
}: {
  params: CompareParams;
  valid: { slug: string; name: string }[];
  leaders: (Leader & { source: string })[];
  sourceName: (slug: string) => string;
}) {
  const pair = leaders.map((l) => l.slug);
  const suggestions: { label: string; models: string[] }[] = [];
  if (pair.length === 2)
    suggestions.push({
      label: `${leaders.map((l) => l.name).join(" vs ")} — the current best proprietary and best open-weight model`,
      models: pair,
    });
  for (const v of valid)
    for (const l of leaders)
      if (l.slug !== v.slug)
        suggestions.push({ label: `${v.name} vs ${l.name}`, models: [v.slug, l.slug] });
  const when = leaders[0];
  return (
    <div className="card" data-testid="compare-empty" role="status">
      <strong>
        {valid.length === 0
          ? "Pick at least two models to compare."
          : `Add one more model to compare with ${valid[0]?.name ?? "it"}.`}
      </strong>
      <p>Use the model picker above, or start from one of these:</p>
      <ul>
        {suggestions.slice(0, 3).map((s) => (
          <li key={s.models.join(",")}>
            <Link
              href={`/compare${serializeCompareParams({ ...params, models: s.models })}`}
              data-testid="compare-suggestion"
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
      {when && (
        <p className="muted">
          Leaders as of the {sourceName(when.source)} snapshot of {when.date} (overall text
          ratings).
        </p>
      )}
    </div>
  );
}
