import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { todayIso } from "@/lib/dates/iso-date";
import { CACHE_CONTROL, cacheKindFor, varyingRequestHeaders } from "@/lib/http/cache-policy";
import { normalizeQuery } from "@/lib/http/normalize-query";
import { getSettings } from "@/lib/settings";
import { resolveDatabasePath } from "./client";
import { getDataVersion } from "./data-version-watch";

// What else, besides the data version and the address, changes a rendered answer: a new build
// (markup, scripts), a different database file (a re-seed restarts the version counter) and
// the calendar day (pages say how old the data is).
let fixedParts: string | null = null;
function readFixedParts(): string {
  if (fixedParts) return fixedParts;
  let build = `pid${process.pid}`;
  try {
    build = readFileSync(path.join(getSettings().NEXT_DIST_DIR, "BUILD_ID"), "utf8").trim();
  } catch {
    // `next dev` has no BUILD_ID; a per-process part keeps validators from outliving the process.
  }
  let file = "memory";
  try {
    const st = statSync(resolveDatabasePath());
    file = `${st.dev}.${st.ino}`;
  } catch {
    // not created yet: the version is 0 and the next ingest changes it anyway
  }
  fixedParts = `${build}|${file}`;
  return fixedParts;
}

/** A weak ETag for one answer: the same only while nothing it depends on has changed. */
export function currentValidator(address: string, varying: string): string {
  const version = getDataVersion();
  const hash = createHash("sha256")
    .update(`${readFixedParts()}|${todayIso()}|${address}|${varying}`)
    .digest("base64url")
    .slice(0, 16);
  return `W/"${version}-${hash}"`;
}

export interface RequestValidator {
  etag: string;
  cacheControl: string;
  /** Only "shared" answers may be kept for other clients (nginx, the serving process). */
  shared: boolean;
}

/** The validator and cache policy of a request, or null when its answer is never cached. */
export function validateRequest(
  method: string,
  url: { pathname: string; search: string },
  headers: Headers,
): RequestValidator | null {
  const kind = cacheKindFor(method, url.pathname, headers);
  if (kind === "none") return null;
  try {
    const address = `${url.pathname}${normalizeQuery(url.search)}`;
    const etag = currentValidator(address, varyingRequestHeaders(headers));
    return { etag, cacheControl: CACHE_CONTROL[kind], shared: kind === "shared" };
  } catch {
    // An unreadable database: let the page render its own error, uncached.
    return null;
  }
}
