import type { Arena } from "@/lib/domain";
import { normalizeCategory } from "../normalize-category";

// arena.ai's code board is LMArena's WebDev board: on 2026-08-19 code-webdev equals the dataset's
// webdev overall (round(rating)) for 116/116 models, code-image-to-webdev its image_to_webdev for
// 42/42; that subset has no style-control split. Text equals text_style_control (393/393).
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
