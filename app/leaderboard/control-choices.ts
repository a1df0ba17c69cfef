import { LICENCE_CLASSES } from "@/lib/domain";
import type { ControlChoices } from "@/app/leaderboard/_components/leaderboard-controls";
import type { LeaderboardView } from "./load-leaderboard";
import { ARENA_LABELS, labelCategory, orderCategories } from "@/lib/labels";

/** What the controls offer for this view; selected values stay listed even with no model here. */
export function toControlChoices(view: LeaderboardView): ControlChoices {
  const { params, facets, snapshots, snapshot } = view;
  const keep = <T extends { slug: string }>(
    options: T[],
    selected: string[],
    make: (s: string) => T,
  ) => [...options, ...selected.filter((s) => !options.some((o) => o.slug === s)).map(make)];
  const index = snapshot ? snapshots.findIndex((s) => s.id === snapshot.id) : -1;
  const first = snapshots[0];
  const last = snapshots.at(-1);
  return {
    arenas: [...new Set(view.boards.map((b) => b.arena))].map((a) => ({
      value: a,
      label: ARENA_LABELS[a],
    })),
    styleControlAvailable: view.boards.some((b) => b.arena === params.arena && b.styleControl),
    sources: view.sources.map((s) => ({ slug: s.slug, label: s.name })),
    shownSource: view.source?.slug ?? "",
    categories: orderCategories(view.categories.map((c) => c.slug)).map((slug) => ({
      slug,
      label: labelCategory(slug),
    })),
    dates:
      snapshot && first && last
        ? {
            first: first.date,
            last: last.date,
            shown: snapshot.date,
            previous: snapshots[index - 1]?.date ?? null,
            next: snapshots[index + 1]?.date ?? null,
          }
        : null,
    classes: LICENCE_CLASSES.map((c) => ({ value: c, count: facets.classes[c] })),
    licences: keep(facets.licences, params.lic, (slug) => ({
      slug,
      label: slug,
      count: 0,
      licenceClass: "unknown" as const,
    })),
    organizations: keep(facets.organizations, params.org, (slug) => ({
      slug,
      label: slug,
      count: 0,
    })),
  };
}
