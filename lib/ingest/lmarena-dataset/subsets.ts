import type { Arena } from "@/lib/domain";

/** The dataset's subsets (folders) this adapter reads, and the board each one is. */
export const SUBSETS = {
  text: { arena: "text", styleControl: false },
  text_style_control: { arena: "text", styleControl: true },
  webdev: { arena: "webdev", styleControl: false },
  vision: { arena: "vision", styleControl: false },
} as const satisfies Record<string, { arena: Arena; styleControl: boolean }>;

export type SubsetName = keyof typeof SUBSETS;

export const SPLITS = ["latest", "full"] as const;
export type SplitName = (typeof SPLITS)[number];

/** `text/full-00000-of-00001.parquet`: subset folder, split, shard (as Hugging Face names them). */
export const SHARD_PATTERN = /^(?:.*\/)?([^/]+)\/(latest|full)-\d{5}-of-\d{5}\.parquet$/;

/** `text_style_control.csv`: a CSV copy of one subset (all its publish dates), named after it. */
export const CSV_PATTERN = /^(?:.*\/)?([^/]+)\.csv$/;

export function isSubsetName(name: string): name is SubsetName {
  return Object.hasOwn(SUBSETS, name);
}

/** The path of the single shard Hugging Face writes for a small split. */
export function toShardPath(subset: SubsetName, split: SplitName): string {
  return `${subset}/${split}-00000-of-00001.parquet`;
}
