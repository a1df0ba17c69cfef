// Next.js calls register() once per server start. The scheduler is node-only (SQLite, fs), so it
// is imported dynamically inside the runtime check and never reaches the Edge bundle.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startIngestScheduler } = await import("./db/scheduler");
  startIngestScheduler();
}
