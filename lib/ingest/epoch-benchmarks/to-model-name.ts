// Epoch's `Model version` names a run: an optional host or Hugging Face organisation, the model
// id, and after an underscore the reasoning effort or thinking budget it ran with
// ("o3-2025-04-16_high", "claude-opus-4-5-20251101_32K", "Qwen/Qwen3-235B-A22B-Thinking-2507").
const SETTING = /_(minimal|none|low|medium|high|xhigh|max|unknown|\d+k)$/i;

/** The model a run is of: organisation prefix and run setting removed (ECI scores the model). */
export function toModelName(version: string): string {
  const name = version.includes("/") ? (version.split("/").at(-1) ?? version) : version;
  return name.replace(SETTING, "");
}
