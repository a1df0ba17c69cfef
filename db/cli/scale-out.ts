// npm run scale-out: the scale-out recipe on this machine, until Ctrl-C. nginx on :3380 in front
// of two production servers on :3381 (the one ingest writer) and :3382 (a reader), all on
// DATABASE_PATH. Build first (`npm run build`); see README "Scaling out".
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { resolveDatabasePath } from "@/db/client";
import { startTopology } from "@/db/topology/start-topology";

const dir = mkdtempSync(path.join(tmpdir(), "opengap-scale-out-"));
startTopology({ dbPath: resolveDatabasePath(), dir, nginxPort: 3380, serverPorts: [3381, 3382] })
  .then((t) => {
    console.log(`nginx ${t.base} → ${t.servers.join(", ")} (writer: ${t.servers[0]})`);
    console.log(`nginx configuration and cache: ${dir}`);
    for (const sig of ["SIGINT", "SIGTERM"] as const)
      process.on(sig, () => void t.stop().then(() => process.exit(0)));
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
