"use client";

import type { ComponentType, ReactNode } from "react";
import { OnDemandFrame } from "./on-demand-frame";
import { useOnDemand } from "./use-on-demand";

/**
 * A chart shown as its server-drawn picture (children) until a reader hovers, taps or focuses it;
 * then the interactive version, whose code (and Recharts) is loaded only at that moment.
 * `fallback` says where the numbers are should that load fail.
 */
export function onDemandChart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: string,
) {
  const loader = () => load().then((Chart) => ({ Chart }));
  return function OnDemandChart({ children, ...props }: P & { children: ReactNode }) {
    const { state, triggers } = useOnDemand(loader);
    return (
      <OnDemandFrame
        status={state.status}
        error={state.status === "error" ? state.message : undefined}
        triggers={triggers}
        picture={children}
        live={state.status === "done" && <state.data.Chart {...(props as P)} />}
        fallback={fallback}
      />
    );
  };
}
