"use client";

import { OnDemandDetails } from "@/components/charts/on-demand-details";

/** One marker of the chart in words, as GET /api/gap/events sends it. */
export interface GapEvent {
  date: string;
  kind: string;
  text: string;
  href?: string;
}

/**
 * The chart's markers in words: records, source and method changes (and releases when drawn).
 * Fetched when opened; the picture's dashed lines and dots carry the same dates.
 */
export function GapAnnotationList({
  query,
  count,
  releases,
}: {
  query: string;
  count: number;
  releases: boolean;
}) {
  if (count === 0) return null;
  return (
    <OnDemandDetails<{ events: GapEvent[] }>
      url={`/api/gap/events${query}`}
      summary={`Events: records${releases ? ", releases" : ""}, source and method changes (${count})`}
      testId="annotations"
      elsewhere="The dots and dashed lines on the chart mark the same dates."
    >
      {({ events }) => (
        <ul>
          {events.map((i) => (
            <li key={`${i.date}-${i.kind}-${i.text}`}>
              <time dateTime={i.date}>{i.date}</time> · <strong>{i.kind}</strong>:{" "}
              {i.href ? <a href={i.href}>{i.text}</a> : i.text}
            </li>
          ))}
        </ul>
      )}
    </OnDemandDetails>
  );
}
