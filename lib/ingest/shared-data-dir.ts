import path from "node:path";
import { getSettings } from "@/lib/settings";

/** The read-only public history next to the repository (`../shared/data`), overridable for CI layouts. */
export const SHARED_DATA_DIR = path.resolve(getSettings().OPENGAP_SHARED_DATA);
