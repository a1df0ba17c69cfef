import { readJsonFile } from "../validate";
import type { SourceFile } from "../types";
import { isIsoDay, modelLinksSchema, type ModelLinkEntry } from "./schema";

export interface LinkedModel {
  displayName: string | null;
  organization: string | null;
  /** The entry's `version` when it is a full date. */
  releaseDate: string | null;
  openweight: boolean | null;
}

/** Table name → what modelLinks.json says about it (variants inherit their entry's fields). */
export function readModelLinks(file: SourceFile, source: string): Map<string, LinkedModel> {
  const links = readJsonFile(modelLinksSchema, file, source);
  const out = new Map<string, LinkedModel>();
  const put = (name: string, e: ModelLinkEntry, displayName: string | undefined) =>
    out.set(name, {
      displayName: displayName ?? e.displayName ?? null,
      organization: e.organization ?? null,
      releaseDate: isIsoDay(e.version) ? e.version : null,
      openweight: e.openweight ?? null,
    });
  for (const [key, e] of Object.entries(links)) {
    put(key, e, undefined);
    for (const v of e.variants ?? []) put(v.rawName, e, v.displayName);
  }
  return out;
}
