import Link from "next/link";
import { DEFAULT_GAP_PARAMS, serializeGapParams, type GapParams } from "@/app/search-params";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { EmbedControl } from "@/components/share/embed-control";
import { FollowControl } from "@/components/share/follow-control";
import styles from "./gap-controls.module.css";

interface QuickView {
  id: string;
  label: string;
  params: GapParams;
  /** A switch (licences, style control) that is on: its link turns it off again. */
  on?: boolean;
}

/**
 * One-click answers to the questions people come with (coding? only OSI licences?), each a
 * link to the full view; the current one is marked. Offered only where the board has the data.
 */
function buildQuickViews(p: GapParams, categories: string[], styleControl: boolean): QuickView[] {
  const d = DEFAULT_GAP_PARAMS;
  const views: QuickView[] = [
    { id: "overall", label: "Overall", params: { ...p, cat: "overall" } },
  ];
  for (const [cat, label] of [
    ["coding", "Coding"],
    ["math", "Math"],
    ["hard-prompts", "Hard prompts"],
    ["creative-writing", "Creative writing"],
  ] as const) {
    if (categories.includes(cat)) views.push({ id: cat, label, params: { ...p, cat } });
  }
  const osiOnly = p.open.length === 1 && p.open[0] === "open-osi" && !p.lic.length;
  views.push({
    id: "osi",
    label: "OSI licences only",
    params: { ...p, open: osiOnly ? [...d.open] : ["open-osi"], lic: [] },
    on: osiOnly,
  });
  if (styleControl)
    views.push({
      id: "sc",
      label: "Style control",
      params: { ...p, sc: !p.sc, source: "all" },
      on: p.sc,
    });
  return views;
}

export function QuickViews(props: {
  params: GapParams;
  categories: string[];
  styleControl: boolean;
}) {
  const current = serializeGapParams(props.params);
  return (
    <nav className={styles.quick} aria-label="Quick views" data-testid="quick-views">
      <ul>
        {buildQuickViews(props.params, props.categories, props.styleControl).map((v) => {
          const query = serializeGapParams(v.params);
          return (
            <li key={v.id}>
              <Link
                href={`/${query}`}
                className={styles.chip}
                aria-current={v.on === undefined && query === current ? "page" : undefined}
                data-on={v.on}
                aria-label={
                  v.on === undefined
                    ? undefined
                    : `${v.label}: ${v.on ? "on, select to turn off" : "off, select to turn on"}`
                }
                data-testid={`quick-${v.id}`}
                scroll={false}
              >
                {v.on ? "✓ " : ""}
                {v.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {/* Sharing sits beside the views, not in the filters panel, so it is one step away. */}
      <div className={styles.shareRow}>
        <CopyLinkButton label="Copy link" />
        <FollowControl query={current} />
        <EmbedControl path={`/embed/gap${current}`} title="OpenGap: open vs proprietary LLMs" />
      </div>
    </nav>
  );
}
