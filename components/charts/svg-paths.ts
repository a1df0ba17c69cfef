// Path strings for server-drawn charts in a 0–1000 × 0–1000 box (the SVG stretches to its frame):
// whole-number coordinates and dropped in-between points keep a 700-point history to a few KB.

export const BOX = 1000;

export type Scale = (v: number) => number;

/** A linear map from [d0, d1] onto [r0, r1], rounded to whole units of the box. */
export function makeScale([d0, d1]: readonly [number, number], [r0, r1]: [number, number]): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => Math.round(r0 + (v - d0) * k);
}

type Pt = readonly [number, number];

/** Drops points that sit on the same spot or in the middle of a flat run. */
function thin(pts: Pt[]): Pt[] {
  const out: Pt[] = [];
  for (const p of pts) {
    const a = out.at(-1);
    const b = out.at(-2);
    if (a && a[0] === p[0] && a[1] === p[1]) continue;
    if (a && b && a[1] === p[1] && b[1] === p[1]) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Runs of non-null values; a null breaks the line (or is skipped when `connect`). */
function runs<T>(xs: readonly T[], ok: (x: T) => boolean, connect: boolean): T[][] {
  const out: T[][] = [[]];
  for (const x of xs) {
    if (ok(x)) out.at(-1)?.push(x);
    else if (!connect && (out.at(-1)?.length ?? 0) > 0) out.push([]);
  }
  return out.filter((r) => r.length > 0);
}

const join = (pts: Pt[]) => pts.map((p, i) => `${i === 0 ? "M" : "L"}${p[0]} ${p[1]}`).join("");

/** A polyline through (x, y) pairs; null y values leave gaps unless `connect`. */
export function linePath(
  data: readonly (readonly [number, number | null])[],
  sx: Scale,
  sy: Scale,
  connect = false,
): string {
  return runs(data, (d) => d[1] !== null, connect)
    .map((r) => join(thin(r.map(([x, y]) => [sx(x), sy(y ?? 0)] as const))))
    .join("");
}

/** A filled band between two edges per x (an interval, or a value and a baseline). */
export function bandPath(
  data: readonly (readonly [number, number, number] | readonly [number, null, null])[],
  sx: Scale,
  sy: Scale,
  connect = false,
): string {
  return runs(data, (d) => d[1] !== null && d[2] !== null, connect)
    .map((r) => {
      const hi = thin(r.map((d) => [sx(d[0]), sy(d[2] ?? 0)] as const));
      const lo = thin(r.map((d) => [sx(d[0]), sy(d[1] ?? 0)] as const)).reverse();
      return `${join(hi)}${join(lo).replace(/^M/, "L")}Z`;
    })
    .join("");
}

/** Round dots as zero-length strokes (one element for all of them; stays round when stretched). */
export function dotsPath(pts: readonly Pt[], sx: Scale, sy: Scale): string {
  return pts.map(([x, y]) => `M${sx(x)} ${sy(y)}h0`).join("");
}

/** Full-height vertical lines at each x inside the box. */
export function verticalsPath(xs: readonly number[], sx: Scale): string {
  return xs
    .map(sx)
    .filter((x) => x >= 0 && x <= BOX)
    .map((x) => `M${x} 0V${BOX}`)
    .join("");
}

/** Full-width horizontal lines at each y. */
export function horizontalsPath(ys: readonly number[], sy: Scale): string {
  return ys.map((y) => `M0 ${sy(y)}H${BOX}`).join("");
}
