import type { Metadata } from "next";
import { DataAsOf } from "@/components/layout/data-as-of";
import { loadBoardToday } from "@/app/load-board-today";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getModelBySlug, resolveModelSlug } from "@/db/queries/models";
import { LICENCE_CLASS_LABELS, labelCategory } from "@/lib/labels";
import { toModelSlug } from "@/lib/identity/to-model-slug";
import { counterpartSideOf } from "@/lib/models/find-counterparts";
import { serializeCompareParams, DEFAULT_COMPARE_PARAMS } from "@/app/compare/search-params";
import { RatingLinesFigure } from "@/components/compare/rating-lines-figure";
import { ParamNotices } from "@/components/gap/param-notices";
import { CounterpartCards } from "@/components/models/counterpart-cards";
import { LicenceHistory } from "@/components/models/licence-history";
import { ModelFacts } from "@/components/models/model-facts";
import { ModelHistoryControls } from "@/app/models/[slug]/_components/model-history-controls";
import { ModelSources } from "@/components/models/model-sources";
import { BestRanks } from "@/components/models/best-ranks";
import { ModelBenchmarks } from "@/components/metrics/model-benchmarks";
import { loadModelBenchmarks } from "@/app/metrics/load-model-benchmarks";
import { loadModelView } from "./load-model-view";
import { serializeModelParams } from "./search-params";

// Reads the database on each request (cached per data version); an ingest changes the answer.
export const dynamic = "force-dynamic";

type Props = PageProps<"/models/[slug]">;

/** The model for a URL slug; an alias or a differently spelled name redirects to the canonical page. */
async function findModel({ params, searchParams }: Props) {
  const raw = (await params).slug;
  // Next hands over the segment percent-encoded or not depending on the path; a stray "%" must not throw.
  let slug = raw;
  try {
    slug = decodeURIComponent(raw);
  } catch {}
  const model = getModelBySlug(slug);
  if (model) return model;
  const canonical = resolveModelSlug(slug) ?? resolveModelSlug(toModelSlug(slug));
  if (canonical) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(await searchParams))
      for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, x);
    const q = query.toString();
    permanentRedirect(`/models/${encodeURIComponent(canonical)}${q ? `?${q}` : ""}`);
  }
  notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const model = await findModel(props);
  return {
    title: `${model.displayName}: ratings, licence, open alternatives`,
    description: `${model.displayName} (${model.organization ?? "unknown organisation"}, ${LICENCE_CLASS_LABELS[model.licenceClass]}): leaderboard history, best rank and closest counterparts.`,
    alternates: { canonical: `/models/${model.slug}` },
  };
}

export default async function ModelPage(props: Props) {
  const model = await findModel(props);
  const v = loadModelView(model, await props.searchParams);
  const side = counterpartSideOf(model.licenceClass);
  const cat = labelCategory(v.params.cat);
  const compareHref = (slugs: string[]) =>
    `/compare${serializeCompareParams({ ...DEFAULT_COMPARE_PARAMS, models: [model.slug, ...slugs].slice(0, 6), cat: v.params.cat })}`;
  return (
    <main id="main">
      <h1 data-testid="model-name">{model.displayName}</h1>
      <p>
        {model.organization ?? "Unknown organisation"} ·{" "}
        <span className="badge" data-testid="model-class">
          {LICENCE_CLASS_LABELS[model.licenceClass]}
        </span>{" "}
        · <code>{model.slug}</code> · <Link href={compareHref([])}>Compare with other models</Link>
      </p>
      <ParamNotices issues={v.issues} />
      <BoardToday />
      <ModelFacts model={model} />
      <BestRanks ranks={v.bestRanks} category={cat} sourceLabel={v.boardLabel} />
      <h2>{cat} rating over time</h2>
      <p className="muted">
        One chart per board, one line per source: each board and each source has its own scale, so
        lines are not comparable point for point. Gaps mean the model was missing from a snapshot.
      </p>
      <ModelHistoryControls
        slug={model.slug}
        params={v.params}
        categories={v.categories.map((c) => ({ slug: c, label: labelCategory(c) }))}
        boards={v.boards}
      />
      {v.charts.length > 0 ? (
        <div data-testid="model-history">
          {v.charts.map((c) => (
            <section key={c.board} aria-label={`${c.label}: ${cat} rating`} data-board={c.board}>
              <h3>{c.label}</h3>
              <RatingLinesFigure
                testId={`model-history-${c.board}`}
                label={`${model.displayName} ${cat} rating history on the ${c.label}`}
                lines={c.lines.map((h) => ({
                  key: h.key,
                  // The chart names the board; a line needs only its source.
                  name: v.sourceName(h.key.split(".")[0] ?? h.key),
                  points: h.points,
                }))}
              />
            </section>
          ))}
        </div>
      ) : (
        <p className="card">No leaderboard has rated {model.displayName} yet.</p>
      )}
      <section aria-labelledby="counterparts-heading" data-testid="counterparts">
        <h2 id="counterparts-heading">
          {side === "open"
            ? "Closest open-weight substitutes"
            : side === "proprietary"
              ? "Closest proprietary peers"
              : "Counterparts"}{" "}
          ({cat})
        </h2>
        {side === null ? (
          <p className="muted">
            The licence of this model is unknown, so it counts on neither side.
          </p>
        ) : v.counterparts.length === 0 ? (
          <p className="muted">No snapshot rates this model in this category.</p>
        ) : (
          <CounterpartCards
            rows={v.counterparts}
            side={side}
            modelName={model.displayName}
            boardLabel={v.boardLabel}
            compareHref={compareHref}
          />
        )}
      </section>
      <ModelBenchmarks {...loadModelBenchmarks([{ slug: model.slug, name: model.displayName }])} />
      <LicenceHistory
        statements={v.licences}
        current={model.licenceClass}
        conflict={model.licenceConflict}
        sourceName={v.sourceName}
      />
      <ModelSources coverage={v.coverage} aliases={v.aliases} sourceName={v.sourceName} />
      <p className="muted">
        Link to this view:{" "}
        <code>
          /models/{model.slug}
          {serializeModelParams(v.params)}
        </code>
      </p>
    </main>
  );
}

/** The site's "today" (newest complete text board), with a banner when it is stale. */
function BoardToday() {
  const asOf = loadBoardToday();
  return asOf ? <DataAsOf {...asOf} /> : null;
}
