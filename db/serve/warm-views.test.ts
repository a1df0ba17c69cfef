import { describe, expect, it } from "vitest";
import { decideWarm, WARM_START, type WarmState } from "./warm-views";

/** The ticks on which a warm-up starts, for a run of data versions seen one per tick. */
function warmTicks(versions: number[]): number[] {
  let state: WarmState = WARM_START;
  const ticks: number[] = [];
  versions.forEach((v, i) => {
    const next = decideWarm(state, v);
    state = next.state;
    if (next.warm) ticks.push(i);
  });
  return ticks;
}

describe("decideWarm", () => {
  it("warms at start, then once per settled version", () => {
    expect(warmTicks([7, 7, 7])).toEqual([0]);
    expect(warmTicks([7, 7, 8, 8, 8])).toEqual([0, 3]);
  });

  it("waits out an ingest that commits every tick, then warms its result once", () => {
    // 75 commits in a row: one warm-up at start and one when the run has finished.
    const run = Array.from({ length: 75 }, (_, i) => 10 + i);
    expect(warmTicks([9, ...run, 84, 84])).toEqual([0, 76]);
  });
});
