/**
 * Names found when misspelled. Pagefind has no typo tolerance: "Khayruloyev", "Dushambe", "Kuchak"
 * find nothing. The register's spellings (names, variants, conjectured spellings, and each word
 * of them) are published in small files by the first letter, /data/names/<letter>.json, fetched
 * only when a query finds nothing or only other words; the closest spelling within one or two
 * edits (Levenshtein, by fastest-levenshtein) is offered and searched instead.
 */
import { distance } from 'fastest-levenshtein';

/** What a spelling is compared by: lower case, without the marks of punctuation around it. */
export const nameKey = (text: string): string => text.toLowerCase().replace(/[’']s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** The file a spelling or a query is in: its first letter (or digit), else "_". */
export function nameShard(text: string): string {
  const first = [...nameKey(text)][0] ?? '_';
  return /^[a-z0-9]$/.test(first) ? first : /\p{L}/u.test(first) ? `u${first.codePointAt(0)!.toString(16)}` : '_';
}

/** Every spelling of the register and each word of it, at least four letters long, by file. */
export function nameShards(spellings: Iterable<string>): Map<string, string[]> {
  const shards = new Map<string, Set<string>>();
  const add = (text: string) => {
    if ([...nameKey(text)].length < 4) return;
    const shard = nameShard(text);
    if (!shards.has(shard)) shards.set(shard, new Set());
    shards.get(shard)!.add(text.replace(/[’']s$/, ''));
  };
  for (const spelling of spellings) {
    add(spelling);
    for (const word of spelling.split(/\s+/)) if (word !== spelling) add(word);
  }
  return new Map([...shards].map(([shard, names]) => [shard, [...names].sort()]));
}

/**
 * The spelling closest to `term` among `names`, if it is a different spelling within the edits
 * a typing slip makes: one for a word of up to five letters, two beyond. Ties go to the first in order.
 */
export function closestName(term: string, names: readonly string[]): string | undefined {
  const key = nameKey(term);
  const length = [...key].length;
  if (length < 4) return undefined;
  const allowed = length <= 5 ? 1 : 2;
  let best: { name: string; edits: number } | undefined;
  for (const name of names) {
    const edits = distance(key, nameKey(name));
    if (edits === 0) return undefined;
    if (edits <= allowed && (best === undefined || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
