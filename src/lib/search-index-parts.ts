/**
 * How a large archive's search index is laid out in parts (written by search-index.ts, merged by
 * the search interface): shared by both, so this module is safe in a browser.
 */

/** Listed in `<site>/pagefind/`: the folders, relative to it, of the parts after the first. */
export const PARTS_FILE = 'glossa-parts.json';

/** The folder of part `n` within `<site>/pagefind/`: the first is Pagefind's own, with its scripts. */
export const partFolder = (n: number): string => (n === 0 ? '' : `part-${n}`);
