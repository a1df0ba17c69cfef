import "server-only";
import { buildEmbedSnippet, EMBED_SIZE } from "@/lib/embeds/build-embed-snippet";
import { labelBoard, labelCategory } from "@/lib/labels";
import { getSettings } from "@/lib/settings";
import { loadCompareView } from "../../compare/load-compare-view";
import { serializeCompareParams } from "../../compare/search-params";
import { parseGapView } from "../../load-gap-view";
import { serializeGapParams } from "../../search-params";

export type OEmbedAnswer =
  | { status: 200; body: Record<string, string | number> }
  | { status: 404 | 400; body: { error: string } };

/**
 * An OpenGap page URL → its oEmbed description (https://oembed.com, type "rich"): the iframe of
 * the matching /embed/ page. Only this site's gap view (/) and comparison (/compare) embed.
 */
export function loadOEmbed(
  rawUrl: string | null,
  maxWidth: number,
  maxHeight: number,
): OEmbedAnswer {
  const origin = getSettings().OPENGAP_PUBLIC_ORIGIN;
  if (!rawUrl)
    return { status: 400, body: { error: "Missing url: /api/oembed?url=<an OpenGap page>" } };
  const url = URL.canParse(rawUrl) ? new URL(rawUrl) : null;
  if (!url || url.origin !== origin)
    return {
      status: 404,
      body: { error: `Not an OpenGap page: the url must start with ${origin}/` },
    };
  const raw = Object.fromEntries(
    [...new Set(url.searchParams.keys())].map((k) => {
      const all = url.searchParams.getAll(k);
      return [k, all.length > 1 ? all : (all[0] ?? "")];
    }),
  );
  let title: string;
  let src: string;
  if (url.pathname === "/") {
    const { params } = parseGapView(raw);
    title = `Open vs proprietary: ${labelCategory(params.cat)} · ${labelBoard(params.arena, params.sc)}`;
    src = `${origin}/embed/gap${serializeGapParams(params)}`;
  } else if (url.pathname === "/compare") {
    const { params, models } = loadCompareView(raw);
    title = models.map((m) => m.name).join(" vs ") || "Compare models";
    src = `${origin}/embed/compare${serializeCompareParams(params)}`;
  } else {
    return { status: 404, body: { error: "Only the gap view (/) and /compare can be embedded." } };
  }
  const width = Math.min(EMBED_SIZE.width, maxWidth);
  const height = Math.min(EMBED_SIZE.height, maxHeight);
  return {
    status: 200,
    body: {
      version: "1.0",
      type: "rich",
      provider_name: "OpenGap",
      provider_url: `${origin}/`,
      title,
      html: buildEmbedSnippet({ src, title, width, height }),
      width,
      height,
      cache_age: 3600,
    },
  };
}
