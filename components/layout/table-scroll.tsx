import type { ReactNode } from "react";

/**
 * A wide table's sideways-scrolling box. It takes keyboard focus so people who cannot use a
 * mouse or touch can scroll it too, and its label names it for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
