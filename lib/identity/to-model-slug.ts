/**
 * Canonical slug for a model name as any source writes it: case, spacing, emoji and
 * punctuation differences collapse (`GPT-4o-2024-05-13` = `gpt-4o-2024-05-13`).
 */
export function toModelSlug(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/[\s_/()[\],:;'"]+/g, "-")
    .replace(/[^a-z0-9.+-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
}
