import type { NextConfig } from "next";
import { readSettings } from "./lib/settings";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Lets parallel builds (several worktrees or agents on one machine) keep separate outputs.
  distDir: readSettings().NEXT_DIST_DIR,
  typedRoutes: false,
};

export default nextConfig;
