import type { GapView } from "@/lib/gap/build-gap-view";

/** The chart's markers in words: records, releases, source and method changes. */
export function GapAnnotationList({
  view,
  sourceName,
  releases,
}: {
  view: GapView;
  sourceName: (s: string) => string;
  /** Model releases are listed only when the chart draws them (`rel=1`), as the legend says. */
  releases: boolean;
}) {
  const items: { date: string; kind: string; text: string; href?: string }[] = [
    ...view.records.map((p) => ({
      date: p.date,
      kind: "Open record",
      text: `${p.open?.name} (${p.open?.rating.toFixed(0)}) on ${sourceName(p.source)}`,
    })),
    ...(releases ? view.releases : []).map((r) => ({
      date: r.date,
      kind: r.open ? "Open release" : "Release",
      text: r.label,
      href: r.source,
    })),
    ...view.sourceSwitches.map((s) => ({
      date: s.date,
      kind: "Source change",
      text: `${sourceName(s.from)} → ${sourceName(s.to)}: ratings before and after are on different scales`,
    })),
    ...view.methodChanges.map((m) => ({
      date: m.date,
      kind: "Method change",
      text: `${m.label}: ${m.detail}`,
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (items.length === 0) return null;
  return (
    <details data-testid="annotations">
      <summary>
        Events: records{releases ? ", releases" : ""}, source and method changes ({items.length})
      </summary>
      <ul>
        {items.map((i) => (
          <li key={`${i.date}-${i.kind}-${i.text}`}>
            <time dateTime={i.date}>{i.date}</time> · <strong>{i.kind}</strong>:{" "}
            {i.href ? <a href={i.href}>{i.text}</a> : i.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
