// Every environment variable OpenGap reads, with its default and meaning: the one place that
// validates them. `.env.example` lists the same variables (a test keeps the two in step).
import { z } from "zod";

const text = () => z.string().trim().min(1);
const httpUrl = () =>
  z
    .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
    .describe("a mirror of the source's files (default: the source's live URL, see README)");

/** An absolute http(s) origin (scheme, host, optional port), normalised without a trailing slash. */
const origin = () =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const url = URL.canParse(value) ? new URL(value) : null;
      const bare = url && url.pathname === "/" && !url.search && !url.hash && !url.username;
      if (url && /^https?:$/.test(url.protocol) && bare) return url.origin;
      ctx.addIssue({
        code: "custom",
        message: `must be an absolute http(s) origin such as https://opengap.example (no path), got "${value}"`,
      });
      return z.NEVER;
    });

export const SETTINGS_SCHEMA = z.object({
  DATABASE_PATH: text()
    .default("./data/opengap.db")
    .describe("SQLite file of every script and the server"),
  PORT: z.coerce
    .number({ error: "must be a port number from 1 to 65535" })
    .int({ error: "must be a port number from 1 to 65535" })
    .min(1, { error: "must be a port number from 1 to 65535" })
    .max(65535, { error: "must be a port number from 1 to 65535" })
    .default(3000)
    .describe("port `npm start` serves on (`-p` overrides it)"),
  HOSTNAME: text()
    .default("127.0.0.1")
    .describe("address `npm start` binds (`-H` overrides it); 0.0.0.0 listens on every interface"),
  OPENGAP_PUBLIC_ORIGIN: origin()
    .optional()
    .describe(
      "origin the public reaches the site at, for absolute links (og:image, citations) and HSTS (default: http://localhost:<PORT>)",
    ),
  ADMIN_TOKEN: text()
    .optional()
    .describe("bearer token of POST /api/admin/ingest; unset, the route answers 404"),
  INGEST_CRON: text()
    .default("0 */6 * * *")
    .describe("schedule of the in-server ingest (5 or 6 cron fields, or `off`)"),
  INGEST_SOURCES: text()
    .optional()
    .describe("comma list of sources the schedule ingests (default: every live source)"),
  OPENGAP_WEBHOOKS_FILE: text()
    .optional()
    .describe("JSON file of webhook subscriptions (url, secret, kinds, view); see README"),
  OPENGAP_WEBHOOK_ATTEMPTS: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(5)
    .describe("tries per webhook delivery before it is given up"),
  OPENGAP_WEBHOOK_BACKOFF_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(30_000)
    .describe("wait before the first retry; each later retry waits twice as long"),
  OPENGAP_WEBHOOK_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .default(10_000)
    .describe("how long one delivery may take before it counts as failed"),
  OPENGAP_ANSWER_CACHE_MB: z.coerce
    .number()
    .int()
    .min(0)
    .max(4096)
    .default(64)
    .describe(
      "memory for rendered answers kept per data version and address by `npm start` (0 turns it off)",
    ),
  OPENGAP_INGEST_NICE: z.coerce
    .number()
    .int()
    .min(0)
    .max(19)
    .default(10)
    .describe(
      "how much an ingest process lowers its own CPU priority (Unix nice, 0–19), so the servers' requests go first on a shared machine",
    ),
  OPENGAP_WARM_VIEWS: z
    .enum(["0", "1"])
    .default("1")
    .describe(
      "`1`: after each ingest (and at start) `npm start` renders the most visited pages in the background",
    ),
  OPENGAP_SKIP_BUILD: z
    .enum(["0", "1"])
    .default("0")
    .describe("`1`: `npm start` skips its build check (the e2e server, after a build)"),
  NEXT_DIST_DIR: text()
    .default(".next")
    .describe("build output folder, so parallel builds in one checkout stay apart"),
  OPENGAP_SHARED_DATA: text()
    .default("../shared/data")
    .describe("the public history that `seed:build`, `ingest --dir` and the adapter tests read"),
  BENCH_REPEATS: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .default(3)
    .describe("runs per measurement of `npm run bench:ingest` (the median is reported)"),
  OPENGAP_FAULT_AT: text()
    .optional()
    .describe(
      "fault tests only: the ingest kills itself at this point (`snapshot:N`, `before-rebuild`, `mid-rebuild`)",
    ),
  OPENGAP_LMARENA_DATASET_SPLIT: z
    .enum(["latest", "full"])
    .default("latest")
    .describe("lmarena-dataset: `latest` snapshot only, or `full` to backfill"),
  OPENGAP_URL_LMARENA_DATASET: httpUrl().optional(),
  OPENGAP_URL_LMARENA_CATALOG: httpUrl().optional(),
  OPENGAP_URL_ARENA_AI_DAILY: httpUrl().optional(),
  OPENGAP_URL_LAB_FLAGSHIPS: httpUrl().optional(),
  OPENGAP_URL_LMSYS_ELO_HISTORY: httpUrl().optional(),
  OPENGAP_URL_LMSYS_ELO_WIDE: httpUrl().optional(),
  OPENGAP_URL_OPENLM_AI: httpUrl().optional(),
  OPENGAP_URL_MODELS_DEV: httpUrl().optional(),
});

export type SettingName = keyof typeof SETTINGS_SCHEMA.shape;
export type Settings = z.output<typeof SETTINGS_SCHEMA> & { OPENGAP_PUBLIC_ORIGIN: string };

/** Validates `env` (an empty value counts as unset); throws one error naming every bad variable. */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const names = Object.keys(SETTINGS_SCHEMA.shape) as SettingName[];
  const given = Object.fromEntries(names.flatMap((n) => (env[n]?.trim() ? [[n, env[n]]] : [])));
  const parsed = SETTINGS_SCHEMA.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment (see .env.example):\n${lines.join("\n")}`);
  }
  const s = parsed.data;
  return { ...s, OPENGAP_PUBLIC_ORIGIN: s.OPENGAP_PUBLIC_ORIGIN ?? `http://localhost:${s.PORT}` };
}

let cached: Settings | undefined;

/** The process's settings, validated once. */
export function getSettings(): Settings {
  cached ??= readSettings();
  return cached;
}

export interface ServeAddress {
  port: number;
  hostname: string;
}

const FLAGS: Record<string, keyof ServeAddress> = {
  "-p": "port",
  "--port": "port",
  "-H": "hostname",
  "--hostname": "hostname",
};

/** Where `npm start` listens: `-p/--port` and `-H/--hostname` arguments win over PORT and HOSTNAME. */
export function readServeAddress(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ServeAddress {
  const given: Partial<Record<keyof ServeAddress, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inline] = (argv[i] ?? "").split(/=(.*)/s, 2);
    const key = FLAGS[flag];
    if (!key)
      throw new Error(`Unknown argument "${argv[i]}". Use -p/--port PORT and -H/--hostname HOST.`);
    const value = inline ?? argv[++i];
    if (!value)
      throw new Error(`${flag} needs a value, e.g. ${flag} ${key === "port" ? "4000" : "0.0.0.0"}`);
    given[key] = value;
  }
  const s = readSettings({
    ...env,
    PORT: given.port ?? env.PORT,
    HOSTNAME: given.hostname ?? env.HOSTNAME,
  });
  return { port: s.PORT, hostname: s.HOSTNAME };
}
