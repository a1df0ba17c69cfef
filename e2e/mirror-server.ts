// Serves ../shared/data over HTTP on 127.0.0.1 for the end-to-end run, standing in for the live
// sources so the scheduled ingest fetches through the real HTTP path without the internet.
import { startTestServer } from "@/lib/ingest/http/start-test-server";
import { SHARED_DATA_DIR } from "@/lib/ingest/shared-data-dir";

void startTestServer(SHARED_DATA_DIR, {}, Number(process.env.MIRROR_PORT ?? 3101)).then(({ url }) =>
  console.log(`mirror of ${SHARED_DATA_DIR} on ${url}`),
);
