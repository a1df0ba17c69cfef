"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/**
 * A route's URL state for its client controls: an optimistic copy that shows a change at once
 * while the server renders it, and takes the URL's state whenever a new view arrives. Adjusting
 * state during render (rather than remounting on a key) keeps keyboard focus where it was.
 *
 * `urlQuery` is the serialized query of the view on show; forms expose it as data-query so
 * e2e tests can wait for the server's view.
 */
export function useUrlParams<P>(fromUrl: P, path: string, serialize: (p: P) => string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const urlQuery = serialize(fromUrl);
  const [params, setParams] = useState(fromUrl);
  const [seenQuery, setSeenQuery] = useState(urlQuery);
  if (seenQuery !== urlQuery) {
    setSeenQuery(urlQuery);
    setParams(fromUrl);
  }
  const go = (next: P) => {
    setParams(next);
    startTransition(() => router.push(`${path}${serialize(next)}`, { scroll: false }));
  };
  return { params, go, pending, urlQuery };
}
