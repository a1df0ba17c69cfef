import { labelBoard, labelCategory } from "@/lib/labels";
import { detectEvents } from "@/lib/events/detect-events";
import type { Db } from "../client";
import { readBoardPairs } from "../events/read-board-states";
import { storeEvents } from "../events/store-events";

/**
 * Events of the newest snapshot of every board against the one before it, stored (with their
 * webhook deliveries) in the derived-tables transaction, so a crash leaves neither half.
 */
export function deriveEvents(tx: Db): number {
  const detected = readBoardPairs(tx).flatMap((pair) =>
    detectEvents(pair.prev, pair.next, {
      view: pair.view,
      boardLabel: `${labelCategory(pair.view.cat)} (${labelBoard(pair.view.arena, pair.view.sc)}, ${pair.sourceName})`,
    }),
  );
  return storeEvents(tx, detected, new Date().toISOString());
}
