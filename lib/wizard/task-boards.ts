import type { Arena } from "@/lib/domain";
import { ARENA_LABELS, labelCategory } from "@/lib/labels";
import type { Language, Task } from "./answers";

/** One leaderboard table a task is judged on: an arena and a category of it. */
export interface TaskBoardKey {
  task: Task;
  arena: Arena;
  category: string;
  label: string;
}

export const TASK_LABELS = {
  chat: "General chat",
  coding: "Coding",
  math: "Math and reasoning",
  long: "Long documents",
  vision: "Vision (images)",
  multilingual: "Multilingual",
} as const satisfies Record<Task, string>;

/** What each task is judged on, shown next to the question so the mapping is no secret. */
const judgedOn = (arena: Arena, category: string) =>
  `${ARENA_LABELS[arena]}, ${labelCategory(category)} category`;

export const TASK_BOARD_NOTES = {
  chat: judgedOn("text", "overall"),
  coding: judgedOn("text", "coding"),
  math: judgedOn("text", "math"),
  long: judgedOn("text", "longer-query"),
  vision: judgedOn("vision", "overall"),
  multilingual: `${ARENA_LABELS.text}, one category per language you pick`,
} as const satisfies Record<Task, string>;

/**
 * A board is read from the newest snapshot that rates at least this many models in it: a
 * top-20 or top-50 scrape cannot rate the mid-size open models a shortlist needs. Boards that
 * never reach it fall back to their newest snapshot.
 */
export const MIN_BOARD_MODELS = 100;

/** The boards behind the chosen tasks, in task order (multilingual expands per language). */
export function listTaskBoards(tasks: readonly Task[], langs: readonly Language[]): TaskBoardKey[] {
  const text = (task: Task, category: string): TaskBoardKey => ({
    task,
    arena: "text",
    category,
    label: labelCategory(category),
  });
  return tasks.flatMap((task): TaskBoardKey[] => {
    switch (task) {
      case "chat":
        return [text(task, "overall")];
      case "coding":
        return [text(task, "coding")];
      case "math":
        return [text(task, "math")];
      case "long":
        return [text(task, "longer-query")];
      case "vision":
        return [{ task, arena: "vision", category: "overall", label: ARENA_LABELS.vision }];
      case "multilingual":
        return langs.map((l) => text(task, l));
    }
  });
}

export const boardId = (b: { arena: string; category: string }) => `${b.arena}:${b.category}`;
