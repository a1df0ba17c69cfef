import type { ReactNode } from "react";
import { toOgText } from "@/lib/compare/to-og-text";

export const OG_SIZE = { width: 1200, height: 630 } as const;
// Fixed colours: an image has no light/dark scheme. Okabe–Ito, as in the charts: `series` is
// --series-1 … --series-6 of the light theme (app/globals.css), indexed like the page's models.
export const OG_COLORS = {
  bg: "#ffffff",
  fg: "#14171c",
  muted: "#5b6270",
  border: "#dde1e7",
  closed: "#d55e00",
  open: "#0072b2",
  gap: "#009e73",
  series: ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"],
} as const;

/** The shared card layout: brand line, title, subtitle, body and a footer naming the data's origin. */
export function OgFrame({
  title,
  subtitle,
  footer,
  children,
}: {
  title: string;
  subtitle: string;
  footer: string;
  children: ReactNode;
}) {
  const clean = toOgText(title);
  // Long comparisons (six model names) would run into the body: shrink, then shorten.
  const text = clean.length > 150 ? `${clean.slice(0, 147)}...` : clean;
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: OG_COLORS.bg,
        color: OG_COLORS.fg,
        padding: "44px 56px",
        fontSize: 28,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: OG_COLORS.open }}>OpenGap</div>
      <div style={{ display: "flex", fontSize: titleSize(text), lineHeight: 1.15, marginTop: 10 }}>
        {text}
      </div>
      <div style={{ display: "flex", fontSize: 26, color: OG_COLORS.muted, marginTop: 10 }}>
        {toOgText(subtitle)}
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, marginTop: 28 }}>
        {children}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 20,
          color: OG_COLORS.muted,
          borderTop: `1px solid ${OG_COLORS.border}`,
          paddingTop: 12,
        }}
      >
        {toOgText(footer)}
      </div>
    </div>
  );
}

const titleSize = (text: string) => (text.length <= 45 ? 50 : text.length <= 90 ? 40 : 30);

/** Request query as the loaders expect it (repeated keys become lists). */
export function readQuery(url: URL): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    raw[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return raw;
}
