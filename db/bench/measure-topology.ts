// The scale-out recipe under load: nginx in front of two servers on the benchmark's database,
// then how soon an ingest by another process shows through the shared cache.
import path from "node:path";
import { startTopology } from "@/db/topology/start-topology";
import { NEW_BOARD, ingestNewBoard } from "@/db/topology/write-new-board";
import { runLoad, type LoadResult } from "./load";
import { sleep } from "./stats";

export interface TopologyMeasure {
  identity: LoadResult;
  gzip: LoadResult;
  /** From the end of the ingest to the first answer through nginx with the new data. */
  freshAfterMs: number;
}

export async function measureTopology(
  dbPath: string,
  dir: string,
  browser: Record<string, string>,
): Promise<TopologyMeasure> {
  const topo = await startTopology({
    dbPath,
    dir,
    nginxPort: 3391,
    serverPorts: [3392, 3393],
    writerCron: "0 0 1 1 *",
  });
  try {
    const url = `${topo.base}/`;
    await runLoad(url, { connections: 20, seconds: 2, headers: browser });
    const identity = await runLoad(url, { connections: 20, seconds: 10 });
    const gzip = await runLoad(url, { connections: 20, seconds: 10, headers: browser });
    await ingestNewBoard(dbPath, path.join(dir, "new"));
    const ended = performance.now();
    while (performance.now() - ended < 10_000) {
      const body = await (await fetch(`${topo.base}/?sc=1`)).text();
      if (body.includes(NEW_BOARD.openModel)) break;
      await sleep(50);
    }
    return { identity, gzip, freshAfterMs: performance.now() - ended };
  } finally {
    await topo.stop();
  }
}
