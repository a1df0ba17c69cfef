"use client";

import type { ComponentType, ReactNode } from "react";
import { OnDemandFrame } from "./on-demand-frame";
import { useOnDemand } from "./use-on-demand";

/**
 * The server-drawn picture until a reader hovers, taps or focuses it; then `load` runs once and
 * `render` draws the interactive version from what it returned. `fallback` says where the
 * numbers are should that load fail.
 */
export function OnDemand<T>({
  load,
  render,
  picture,
  fallback,
}: {
  /** Stable across renders (module-level or memoised): a new function would not reload. */
  load: () => Promise<T>;
  render: (data: T) => ReactNode;
  picture: ReactNode;
  fallback: string;
}) {
  const { state, triggers } = useOnDemand(load);
  return (
    <OnDemandFrame
      status={state.status}
      error={state.status === "error" ? state.message : undefined}
      triggers={triggers}
      picture={picture}
      live={state.status === "done" && render(state.data)}
      fallback={fallback}
    />
  );
}

/**
 * A chart shown as its server-drawn picture (children) until a reader reaches for it; then the
 * interactive version, whose code (and Recharts) is loaded only at that moment.
 */
export function onDemandChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: string,
) {
  const loader = () => load().then((Chart) => ({ Chart }));
  return function OnDemandChart({ children, ...props }: P & { children: ReactNode }) {
    return (
      <OnDemand
        load={loader}
        render={({ Chart }) => <Chart {...(props as P)} />}
        picture={children}
        fallback={fallback}
      />
    );
  };
}
