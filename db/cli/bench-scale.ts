// npm run bench:scale [-- --factors 1,3,10 --reuse]: page cost as the history grows (see
// db/cli/scale-table.ts). Build first (npm run build).
import { parseArgs } from "node:util";
import { formatScaleTable, runScaleTable } from "./scale-table";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      factors: { type: "string", default: "1,3,10" },
      port: { type: "string", default: "3410" },
      samples: { type: "string", default: "20" },
      dir: { type: "string", default: "data/scale" },
      reuse: { type: "boolean", default: false },
    },
  });
  const factors = values.factors.split(",").map(Number);
  if (factors.some((f) => !Number.isInteger(f) || f < 1))
    throw new Error(`--factors takes whole numbers like 1,3,10, not "${values.factors}".`);
  const rows = await runScaleTable({
    factors,
    port: Number(values.port),
    warmSamples: Number(values.samples),
    dir: values.dir,
    reuse: values.reuse,
    log: (line) => console.log(line),
  });
  console.log(
    `\nbench:scale: history copied N× (db/cli/scale-history.ts); cold = first request after a fresh start, warm = median of ${values.samples} rendered (no-cache)`,
  );
  console.log(formatScaleTable(rows));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
