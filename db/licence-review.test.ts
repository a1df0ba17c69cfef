import { and, desc, eq, gt, gte } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { computeGap } from "@/lib/gap/compute-gap";
import { findLicenceReview } from "@/lib/identity/licence-review";
import { frontiers, models, scores, snapshots } from "./schema";
import { seedTestDatabase } from "./testing/seeded-database";

const seeded = seedTestDatabase("licence-review");

/** Top 40 overall (ties at the 40th rating included) of the latest snapshot of every board. */
function latestTop40(): string[] {
  const latest = new Map<string, { id: number; date: string }>();
  for (const s of seeded.db().select().from(snapshots).where(gt(snapshots.scoreCount, 0)).all()) {
    const board = `${s.sourceSlug}|${s.arena}|${s.styleControl}`;
    if ((latest.get(board)?.date ?? "") < s.publishedOn)
      latest.set(board, { id: s.id, date: s.publishedOn });
  }
  return [...latest.values()].flatMap(({ id }) => {
    const onSnapshot = and(eq(scores.snapshotId, id), eq(scores.category, "overall"));
    const ratings = seeded
      .db()
      .select({ rating: scores.rating })
      .from(scores)
      .innerJoin(models, eq(models.id, scores.modelId))
      .where(onSnapshot)
      .orderBy(desc(scores.rating))
      .limit(40)
      .all();
    const floor = ratings.at(-1)?.rating;
    if (floor === undefined) return [];
    return seeded
      .db()
      .select({ slug: models.slug })
      .from(scores)
      .innerJoin(models, eq(models.id, scores.modelId))
      .where(and(onSnapshot, gte(scores.rating, floor)))
      .all()
      .map((r) => r.slug);
  });
}

describe("licence review against the bundled seed", () => {
  it("covers every frontier model and every model in a latest board's top 40", () => {
    const onFrontier = seeded
      .db()
      .selectDistinct({ slug: models.slug })
      .from(frontiers)
      .innerJoin(models, eq(models.id, frontiers.modelId))
      .where(eq(frontiers.category, "overall"))
      .all()
      .map((r) => r.slug);
    const candidates = [...new Set([...onFrontier, ...latestTop40()])].sort();
    expect(candidates.length).toBeGreaterThan(200);
    const missing = candidates.filter((slug) => !findLicenceReview(slug));
    expect(missing, `no licence review for: ${missing.join(", ")}`).toEqual([]);
  });

  it("stores the reviewed class and licence name on the model", () => {
    const row = seeded.db().select().from(models).where(eq(models.slug, "deepseek-v3")).get();
    expect(row).toMatchObject({
      licenceClass: "open-restricted",
      licence: "DeepSeek Model License",
      openWeights: true,
    });
  });

  it.each([true, false])(
    "finds an OSI-licensed model on the newest complete text board (style control %s)",
    async (styleControl) => {
      const { getSnapshotFrontiers } = await import("./queries/gap");
      const complete = getSnapshotFrontiers({ category: "overall", arena: "text", styleControl })
        .filter((s) => s.coverage === "complete")
        .toSorted((a, b) => a.date.localeCompare(b.date));
      const newest = complete.at(-1)?.date;
      const onNewest = complete.filter((s) => s.date === newest);
      expect(onNewest.length).toBeGreaterThan(0);
      for (const snap of onNewest)
        expect(computeGap(snap, ["open-osi"]).open?.slug, `${snap.source} ${snap.date}`).toEqual(
          expect.any(String),
        );
    },
  );
});
