// Crash injection for the fault tests (npm run test:faults): when OPENGAP_FAULT_AT names this
// point, the process kills itself with SIGKILL right there, as a power cut or OOM kill would.
// Unset in normal runs, where this is one string comparison.
import { getSettings } from "@/lib/settings";

let snapshotsWritten = 0;

export type FaultPoint = "snapshot" | "before-rebuild" | "mid-rebuild";

export function faultPoint(point: FaultPoint): void {
  const target = getSettings().OPENGAP_FAULT_AT;
  if (!target) return;
  if (point === "snapshot") snapshotsWritten++;
  const hit =
    target === point || (point === "snapshot" && target === `snapshot:${snapshotsWritten}`);
  if (hit) process.kill(process.pid, "SIGKILL");
}
