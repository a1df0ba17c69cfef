import type { RawParams } from "./param-issue";

/**
 * One spelling of a page's search params for a memo key: keys sorted, a repeated key's values
 * in their order (the notices a page shows depend on exactly what was asked, so nothing is dropped).
 */
export function rawParamsKey(raw: RawParams): string {
  return JSON.stringify(
    Object.keys(raw)
      .sort()
      .flatMap((k) => (raw[k] === undefined ? [] : [[k, raw[k]]])),
  );
}
