/**
 * How a large archive's search index is laid out in parts (written by search-index.ts, merged by
 * the search interface): shared by both, so this module is safe in a browser.
 */

/** The folder of part `n` within `<site>/pagefind/`: the first is Pagefind's own, with its scripts. */
export const partFolder = (n: number): string => (n === 0 ? '' : `part-${n}`);

/**
 * The name under which Pagefind's module (`pagefind/pagefind.js`, which the search interface
 * imports) exports the folders of the parts after the first, when there are any. Listed in the
 * module itself, not in a file of its own, so that searching an index of one part fetches nothing
 * more than Pagefind's own files.
 */
export const PARTS_EXPORT = 'glossaParts';

/** The statement appended to Pagefind's module of an index in `parts` parts. */
export const partsExport = (parts: number): string =>
  `\nexport const ${PARTS_EXPORT} = ${JSON.stringify(Array.from({ length: parts - 1 }, (_, n) => partFolder(n + 1)))};\n`;
