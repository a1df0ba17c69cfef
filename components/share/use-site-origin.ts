"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * The origin the reader reached the site at, for URLs they will paste elsewhere. Empty on the
 * server and during hydration (paths stay relative until then), so both renders agree.
 */
export function useSiteOrigin(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "",
  );
}
