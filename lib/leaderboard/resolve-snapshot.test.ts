import { describe, expect, it } from "vitest";
import { describeSnapshotNote, resolveSnapshot } from "./resolve-snapshot";

const snaps = [
  { id: 215, date: "2024-07-31", origin: "lmsys/2024.07.31/lmsys.csv" },
  { id: 216, date: "2024-08-01", origin: "lmsys/2024.08.01/lmsys.csv" },
  { id: 217, date: "2024-08-02", origin: "lmsys/2024.08.02/lmsys.csv" },
  { id: 218, date: "2024-08-06", origin: "lmsys/2024.08.06/lmsys.csv" },
];

describe("resolveSnapshot", () => {
  it("shows the latest snapshot by default, with the one before it", () => {
    const r = resolveSnapshot(snaps, null);
    expect(r?.snapshot.id).toBe(218);
    expect(r?.previous?.id).toBe(217);
    expect(r?.note).toBeNull();
  });

  it("takes an exact date as is", () => {
    expect(resolveSnapshot(snaps, "2024-08-01")).toMatchObject({
      snapshot: { id: 216 },
      previous: { id: 215 },
      note: null,
    });
  });

  it("takes the nearest earlier snapshot for a date without one, and says so", () => {
    const r = resolveSnapshot(snaps, "2024-08-05");
    expect(r?.snapshot.date).toBe("2024-08-02");
    expect(r?.note).toEqual({ kind: "earlier", requested: "2024-08-05" });
    expect(describeSnapshotNote(r!.note!, "2024-08-02", "LMArena daily CSV")).toBe(
      "LMArena daily CSV has no snapshot of this board on 2024-08-05; showing the nearest earlier one, 2024-08-02.",
    );
  });

  it("takes the first snapshot for a date before the history starts", () => {
    const r = resolveSnapshot(snaps, "2023-01-01");
    expect(r?.snapshot.id).toBe(215);
    expect(r?.previous).toBeNull();
    expect(r?.note?.kind).toBe("first");
  });

  it("has nothing to show for a board without snapshots", () => {
    expect(resolveSnapshot([], "2024-08-01")).toBeNull();
  });
});
