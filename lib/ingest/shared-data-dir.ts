import path from "node:path";

/** The read-only public history next to the repository (`../shared/data`), overridable for CI layouts. */
export const SHARED_DATA_DIR = path.resolve(
  process.env.OPENGAP_SHARED_DATA ?? path.join(process.cwd(), "..", "shared", "data"),
);
