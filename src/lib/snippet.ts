/** Short excerpts of a text around a span, for "Mentioned in" lists. */

/** The words around [start, end) with the span marked: [before, match, after], trimmed to about `radius` characters each side. */
export function snippetAround(text: string, start: number, end: number, radius = 80): [string, string, string] {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - radius)) + 1);
  const cut = text.indexOf(' ', Math.min(text.length, end + radius));
  const to = cut === -1 ? text.length : cut;
  return [
    (from > 0 ? '… ' : '') + text.slice(from, start),
    text.slice(start, end),
    text.slice(end, to) + (to < text.length ? ' …' : ''),
  ];
}
