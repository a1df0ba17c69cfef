import type { Arena } from "@/lib/domain";
import { normalizeCategory } from "../normalize-category";

/**
 * The scraped boards and what each one is. arena.ai's "code" board is LMArena's WebDev board:
 * on 2026-08-19 `code-webdev.json` equals round(rating) of lmarena-ai/leaderboard-dataset
 * `webdev` (category overall) for 116 of 116 models, and `code-image-to-webdev.json` its
 * `image_to_webdev` category for 42 of 42 (from 2026-07-16 `code.json` equals `code-webdev.json`).
 * The dataset has no style-control split of webdev, so neither does the same board here; the text
 * board equals the dataset's `text_style_control` overall (393 of 393 on 2026-08-19).
 */
export const BOARDS = {
  text: { arena: "text", category: "overall", styleControl: true },
  code: { arena: "webdev", category: "overall", styleControl: false },
  "code-webdev": { arena: "webdev", category: "overall", styleControl: false },
  "code-image-to-webdev": {
    arena: "webdev",
    category: normalizeCategory("image_to_webdev"),
    styleControl: false,
  },
} as const satisfies Record<string, { arena: Arena; category: string; styleControl: boolean }>;

export type BoardName = keyof typeof BOARDS;

export function isBoardName(name: string): name is BoardName {
  return Object.hasOwn(BOARDS, name);
}

/** `data/<folder date>/<board>.json`, as in the repository and as `fetchFiles` names its files. */
export const FILE_PATTERN = /^data\/(\d{4}-\d{2}-\d{2})\/([a-z-]+)\.json$/;
