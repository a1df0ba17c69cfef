/**
 * The query a page's answer depends on, in one spelling: keys sorted so `?a=1&b=2` and
 * `?b=2&a=1` share a cache entry. Values of a repeated key keep their order (`models` order
 * decides series colours), and nothing is dropped: an odd parameter may still change the page.
 */
export function normalizeQuery(search: string): string {
  const pairs = [...new URLSearchParams(search)];
  // Array.prototype.sort is stable, so equal keys keep their relative order.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(pairs).toString();
  return query ? `?${query}` : "";
}
