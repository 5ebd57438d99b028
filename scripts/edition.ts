/**
 * `npm run edition -- <slug> --note "what was corrected and why"` (or `--note-file <file>` for a
 * longer note: paragraphs separated by blank lines, "- " list items): publishes the article's file
 * as its next edition (src/lib/publish-edition.ts), in content/ or GLOSSA_CONTENT. The first run for
 * an article records the edition its front matter names as published.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/data/content-root.ts';
import { ContentErrors, formatProblem } from '../src/lib/content-error.ts';
import { publishEdition } from '../src/lib/publish-edition.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { note: { type: 'string', default: '' }, 'note-file': { type: 'string' } } });
if (positionals.length !== 1 || (values.note !== '' && values['note-file'] !== undefined)) {
  console.error('usage: npm run edition -- <article slug> --note "what this edition corrects and why" (or --note-file <file>)');
  process.exit(2);
}
try {
  const today = new Date().toISOString().slice(0, 10);
  const note = values['note-file'] === undefined ? values.note : readFileSync(values['note-file'], 'utf8');
  const entry = publishEdition(contentRoot, positionals[0]!, note, today);
  console.log(`Published edition ${entry.number} of ${entry.article} (${entry.date}). Commit content/ with it; the edition can no longer change.`);
} catch (error) {
  if (error instanceof ContentErrors) for (const problem of error.problems) console.error(formatProblem(problem));
  else console.error(error instanceof Error ? error.message : error);
  console.error('Nothing was published.');
  process.exit(1);
}
