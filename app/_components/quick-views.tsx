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
    label: osiOnly ? "Count every open-weight licence" : "Only OSI open source counts as open",
    params: { ...p, open: osiOnly ? [...d.open] : ["open-osi"], lic: [] },
  });
  if (styleControl)
    views.push({
      id: "sc",
      label: p.sc ? "Style control off" : "Style control on",
      params: { ...p, sc: !p.sc, source: "all" },
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
                aria-current={query === current ? "page" : undefined}
                data-testid={`quick-${v.id}`}
                scroll={false}
              >
                {v.label}
              </Link>
            </li>
          );
        })}
      </ul>
      {/* Sharing sits beside the views, not in the filters panel, so it is one step away. */}
      <div className={styles.shareRow}>
        <CopyLinkButton />
        <FollowControl query={current} />
        <EmbedControl path={`/embed/gap${current}`} title="OpenGap: open vs proprietary LLMs" />
      </div>
    </nav>
  );
}
