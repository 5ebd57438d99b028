/**
 * The one-file edits a rebuild is measured after, as an editor makes them: a sentence added to one
 * annotation of one article, and a changed summary of one entity. Each file is put back exactly
 * (text and modification time) after the rebuild, so the archive stays as generated.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export interface Edit {
  /** The file changed, and what was changed in it (for the report). */
  file: string;
  what: string;
  text: string;
}

// No figures: every figure in a note must be followed by a footnote.
const ADDED_SENTENCE = ' The editors reread this note against the original.';

/** A sentence appended to the first annotation's first line of text, in the archive's first article file. */
export function annotationEdit(content: string): Edit {
  const folder = join(content, 'articles');
  const name = readdirSync(folder).filter((file) => file.endsWith('.mdx')).sort()[0];
  if (name === undefined) throw new Error(`no article in ${folder}`);
  const file = join(folder, name);
  const text = readFileSync(file, 'utf8');
  const opening = /<Annotation id="([^"]+)"[^\n]*>\n/.exec(text);
  const lineEnd = opening && text.indexOf('\n', opening.index + opening[0].length);
  if (!opening || lineEnd === null || lineEnd < 0) throw new Error(`${file} has no <Annotation> with text on the line after it`);
  return { file, what: `added a sentence to note ${opening[1]}`, text: text.slice(0, lineEnd) + ADDED_SENTENCE + text.slice(lineEnd) };
}

/** A longer summary for an entity of middling frequency: the median of the entities the articles mention. */
export function entityEdit(content: string): Edit {
  const mentions = new Map<string, number>();
  const articles = join(content, 'articles');
  for (const name of readdirSync(articles)) {
    for (const [, slug] of readFileSync(join(articles, name), 'utf8').matchAll(/<Mention entity="([^"]+)"/g)) mentions.set(slug!, (mentions.get(slug!) ?? 0) + 1);
  }
  const ranked = [...mentions].sort(([a, m], [b, n]) => m - n || a.localeCompare(b));
  const median = ranked[Math.floor(ranked.length / 2)];
  if (median === undefined) throw new Error(`no article in ${articles} mentions an entity`);
  const [slug, count] = median;
  const file = join(content, 'entities', `${slug}.yaml`);
  const document = parseDocument(readFileSync(file, 'utf8'));
  document.set('summary', `${String(document.get('summary'))} The editors revised this summary.`);
  return { file, what: `changed the summary of ${slug} (mentioned ${count} times)`, text: document.toString({ lineWidth: 0 }) };
}

/** Runs `run` with the edit written, then puts the file back as it was, text and modification time. */
export async function withEdit<T>(edit: Edit, run: () => Promise<T>): Promise<T> {
  const original = readFileSync(edit.file);
  const { atime, mtime } = statSync(edit.file);
  writeFileSync(edit.file, edit.text);
  try {
    return await run();
  } finally {
    writeFileSync(edit.file, original);
    utimesSync(edit.file, atime, mtime);
  }
}
