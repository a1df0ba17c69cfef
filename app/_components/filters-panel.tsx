import type { ReactNode } from "react";
import { DEFAULT_GAP_PARAMS, type GapParams } from "@/app/search-params";
import { ARENA_LABELS, LICENCE_CLASS_LABELS, labelCategory } from "@/lib/labels";
import styles from "./gap-controls.module.css";

interface Labels {
  source: (slug: string) => string;
  licence: (slug: string) => string;
  organization: (slug: string) => string;
}

/** The active filters in one line, so a closed panel still says what the chart shows. */
export function summarizeGapFilters(p: GapParams, labels: Labels): string[] {
  const d = DEFAULT_GAP_PARAMS;
  const parts = [
    labelCategory(p.cat),
    `${ARENA_LABELS[p.arena]}${p.sc ? ", style control" : ""}`,
    p.source === "all" ? "all sources" : labels.source(p.source),
  ];
  const defaultOpen = p.open.length === d.open.length && d.open.every((c) => p.open.includes(c));
  if (!defaultOpen || p.lic.length) {
    const named = [...p.open.map((c) => LICENCE_CLASS_LABELS[c]), ...p.lic.map(labels.licence)];
    parts.push(`open = ${named.join(" + ") || "nothing"}`);
  }
  if (p.orgIn.length) parts.push(`only ${p.orgIn.map(labels.organization).join(", ")}`);
  if (p.orgOut.length) parts.push(`without ${p.orgOut.map(labels.organization).join(", ")}`);
  if (p.from || p.to) parts.push(`${p.from ?? "start"} to ${p.to ?? "today"}`);
  return parts;
}

/** Filters behind a disclosure: the answer and chart come first on every screen size. */
export function FiltersPanel({ summary, children }: { summary: string[]; children: ReactNode }) {
  return (
    <details className={styles.panel} data-testid="filters-panel">
      <summary>
        <span className={styles.panelTitle}>Filters</span>
        <span className={styles.panelSummary} data-testid="filters-summary">
          {summary.join(" · ")}
        </span>
        <span className={styles.panelAction} aria-hidden="true">
          Change
        </span>
      </summary>
      {children}
    </details>
  );
}
