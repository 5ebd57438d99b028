/**
 * How a large archive's search index is laid out in parts (written by search-index.ts, merged by
 * the search interface): shared by both, so this module is safe in a browser.
 */

/** The folder of part `n` within `<site>/pagefind/`: the first is Pagefind's own, with its scripts. */
export const partFolder = (n: number): string => (n === 0 ? '' : `part-${n}`);

/** The folder of the part that holds the records changed since their parts were indexed (search-index.ts). */
export const CHANGES_FOLDER = 'changes';

/**
 * The name under which Pagefind's module (`pagefind/pagefind.js`, which the search interface
 * imports) exports the folders of the parts after the first, when there are any. Listed in the
 * module itself, not in a file of its own, so that searching an index of one part fetches nothing
 * more than Pagefind's own files.
 */
export const PARTS_EXPORT = 'glossaParts';

/**
 * The name under which the module exports the pages a search must not show, when the index has a
 * part of changes: by Pagefind's page id, each with the filter values Pagefind counts it under.
 */
export const HIDDEN_EXPORT = 'glossaHidden';

/** Pages of the index that are not the archive's: a changed record's earlier reading, or an unchanged record indexed again beside the changes. */
export type HiddenPages = Record<string, Record<string, string[]>>;

/** The statements appended to Pagefind's module: the folders of the other parts, and the pages to hide. */
export function partsExport(folders: readonly string[], hidden: HiddenPages = {}): string {
  const lines = [`export const ${PARTS_EXPORT} = ${JSON.stringify(folders)};`];
  if (Object.keys(hidden).length > 0) lines.push(`export const ${HIDDEN_EXPORT} = ${JSON.stringify(hidden)};`);
  return `\n${lines.join('\n')}\n`;
}

/**
 * A search's results and filter counts without the hidden pages, as a cold build's index would
 * give them: a hidden page that matched is taken out of the results and out of the count of each
 * filter value it has.
 */
export function withoutHidden<T extends { id: string }>(results: readonly T[], filters: Record<string, Record<string, number>>, hidden: HiddenPages): { results: T[]; filters: Record<string, Record<string, number>> } {
  const counts = Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { ...values }]));
  const shown = results.filter((result) => {
    const page = hidden[result.id];
    if (page === undefined) return true;
    for (const [name, values] of Object.entries(page)) {
      for (const value of values) if (counts[name]?.[value] !== undefined) counts[name][value] -= 1;
    }
    return false;
  });
  return { results: shown, filters: counts };
}
