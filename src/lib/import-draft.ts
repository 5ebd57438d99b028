/**
 * From an original to a draft edition (`npm run import`, scripts/import.ts): the original's header
 * read into the front matter, one <Paragraph> per paragraph, the register's names tagged as
 * <Mention>s and the original's parenthetical citations as <Citation>s (src/lib/mention-matcher.ts),
 * and a report of what the editor must decide. The draft is checked by the same reader as any
 * article before it is written: its text must rebuild the original byte for byte.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ContentError } from './content-error.ts';
import type { Corpus } from './corpus.ts';
import { parseArticleMarkup } from './article-markup.ts';
import { tagParagraph, indexRegister, type FoundCitation, type FoundName, type HeldName } from './mention-matcher.ts';
import { namedEntities } from './mentions-check.ts';
import { firstDifference, rebuildOriginal, withoutFileConventions } from './original-text.ts';
import { DRAFT_SUMMARY, spellingsOf } from './schema.ts';

/** An original in the archive's plain-text layout, read. */
export interface Original {
  title: string;
  publication: string;
  volume: number;
  issue: number;
  byline: string;
  paragraphs: string[];
}

const PUBLICATION_LINE = /^Publication: (.+?) Volume: (\d+) Issue: (\d+)$/;

/**
 * Reads an original: a title line, `Publication: <name> Volume: <n> Issue: <n>`, `By:` with the
 * byline (perhaps blank), then one line per paragraph. `file` names it in errors.
 */
export function readOriginal(text: string, file: string): Original {
  const lines = withoutFileConventions(text).split('\n');
  const fail = (line: number, problem: string, fix: string) => new ContentError(file, problem, fix, line);
  if (!lines[0]?.trim()) throw fail(1, 'the first line, the title, is empty', 'put the article’s title on the first line');
  const publication = PUBLICATION_LINE.exec(lines[1] ?? '');
  if (!publication) throw fail(2, `the second line is not "Publication: <name> Volume: <n> Issue: <n>" (it is ${JSON.stringify(lines[1] ?? '')})`, 'write the publication line as the archive prints it, e.g. "Publication: Eurasia Daily Monitor Volume: 1 Issue: 90"');
  if (!/^By:/.test(lines[2] ?? '')) throw fail(3, `the third line is not the byline, "By: <names>" (it is ${JSON.stringify(lines[2] ?? '')})`, 'write "By:" and the byline as printed, or "By:" alone when it is blank');
  const paragraphs = lines.slice(3);
  const empty = paragraphs.findIndex((paragraph) => paragraph.trim() === '');
  if (paragraphs.length === 0) throw fail(4, 'the original has no paragraphs', 'put each paragraph of the original on a line of its own after the "By:" line');
  if (empty !== -1) throw fail(empty + 4, 'an empty line among the paragraphs', 'remove it: each line after "By:" is one paragraph of the original');
  return { title: lines[0], publication: publication[1]!, volume: Number(publication[2]), issue: Number(publication[3]), byline: lines[2]!.replace(/^By:\s?/, ''), paragraphs };
}

/**
 * An HTML page of an original, as a reader saved it, reduced to the archive's plain-text layout:
 * the article found by Mozilla's Readability (Firefox's reader view) over linkedom's DOM, its title,
 * the "Publication: … Volume: … Issue: …" and "By:" lines the archive prints, and its paragraphs.
 * Only the spaces and line breaks of the HTML source are collapsed: they are markup, not text.
 */
export function originalFromHtml(html: string, file: string): string {
  const collapse = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();
  const { document } = parseHTML(html);
  // Read before Readability, which rearranges the document it is given.
  const heading = collapse(document.querySelector('h1')?.textContent ?? '');
  const publication = /Publication:\s*(.+?)\s+Volume:\s*(\d+)\s+Issue:\s*(\d+)/.exec(collapse(document.body?.textContent ?? ''));
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new ContentError(file, 'no article text was found in this page', 'save the page of the article itself, or copy its text into the archive’s plain-text layout (README, "Adding an article")', 1);
  if (!publication) throw new ContentError(file, 'the page does not give the "Publication: … Volume: … Issue: …" line', 'save the archive’s page of the article, which prints it, or write the original in the plain-text layout', 1);
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...content.querySelectorAll('p')].map((block) => collapse(block.textContent ?? '')).filter((block) => block !== '');
  // Readability's title is often the page's <title>, with the site's name: the article's own heading is the title it prints.
  const title = heading !== '' && (article.title ?? '').includes(heading) ? heading : collapse(article.title ?? '');
  const header = (block: string) => /^(?:Publication:|By:)/.test(block) || block === title;
  const byline = /By:\s*([^]*?)(?=\s*(?:Publication:|$))/.exec(blocks.find((block) => block.startsWith('By:')) ?? '')?.[1]?.trim() ?? '';
  return [title, `Publication: ${publication[1]} Volume: ${publication[2]} Issue: ${publication[3]}`, byline ? `By: ${byline}` : 'By:', ...blocks.filter((block) => !header(block))].join('\n');
}

/** What the report says of one paragraph. */
export interface ParagraphReport {
  n: number;
  mentions: FoundName[];
  held: HeldName[];
  /** Capitalised phrases and titles the register does not know, with their sentence. */
  unknownNames: { words: string; sentence: string }[];
  citations: FoundCitation[];
  /** Citations the draft leaves for the editor: an outlet the register lacks, a report it does not list, a year not known. */
  unresolved: { citation: FoundCitation; problem: string; yaml: string | undefined }[];
}

export interface Draft {
  mdx: string;
  report: ParagraphReport[];
  /** Front-matter decisions the importer could not make. */
  todo: string[];
}

/** MDX's and Markdown's special characters in a paragraph of the original, escaped so that it reads back as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&');
  // A line that opens like a list item or a heading would become one.
  return escaped.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+=])(\s)/, '\\$1$2');
}

/** Words that open sentences or name months and days: capitalised, not names. */
const NOT_NAMES = new Set(
  'A An And As At But By For From He Her His I If In It Its On She Since Such That The Their There These They This Those Though Thus To We What When Where Whether While With Yet'
    .split(' ')
    .concat(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
);

const CAPITALISED = /\b(?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:(?:of|the|for|and|de|al)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;

/** Capitalised phrases of a sentence not inside a tagged mention: candidate names for the register. */
function unknownNames(text: string, tagged: readonly { start: number; end: number }[]): { words: string; sentence: string }[] {
  const sentences = [...text.matchAll(/[^.!?]+(?:[.!?]+|$)/g)];
  const found: { words: string; sentence: string }[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    // What of the phrase lies outside the tagged names ("Tajikistan’s Minister of Defense" with
    // Tajikistan tagged leaves "Minister of Defense"), each part from its first capital.
    const cuts = tagged.filter((mark) => mark.start < match.index + match[0].length && match.index < mark.end).sort((a, b) => a.start - b.start);
    let from = match.index;
    const parts: [number, number][] = [];
    for (const cut of [...cuts, { start: match.index + match[0].length, end: Infinity }]) {
      if (cut.start > from) parts.push([from, cut.start]);
      from = Math.max(from, cut.end);
    }
    for (const [partStart, partEnd] of parts) {
      const part = /\p{Lu}[^]*/u.exec(text.slice(partStart, partEnd));
      if (!part) continue;
      const start = partStart + part.index;
      const sentence = sentences.find((candidate) => candidate.index <= start && start < candidate.index + candidate[0].length);
      const atSentenceStart = sentence !== undefined && /^[\s"“”‘’'(]*$/.test(text.slice(sentence.index, start));
      // Opening words, months and days are not names ("On September 20" is neither).
      const words = part[0].trim().split(/\s+/).filter((word, index, all) => !(NOT_NAMES.has(word) && (index === 0 || index === all.length - 1))).join(' ');
      // One capitalised word opening a sentence is most often an ordinary word.
      if (words === '' || (atSentenceStart && !/\s/.test(words) && words === part[0].trim())) continue;
      found.push({ words, sentence: sentence?.[0].trim() ?? text });
    }
  }
  return found;
}

/** The draft edition of an original, tagged from `corpus`'s register. */
export function draftEdition(original: Original, corpus: Corpus, options: { slug: string; date: string; approximate: boolean; today: string; url: string | undefined }): Draft {
  const register = namedEntities(corpus);
  const index = indexRegister(register);
  const outlets = register.filter(({ slug }) => corpus.entities.get(slug)!.data.type === 'source');
  const year = Number(options.date.slice(0, 4));
  const todo: string[] = [];

  const publication = [...corpus.entities.values()].find(({ data }) => spellingsOf(data).includes(original.publication));
  // Its publisher: as the register relates them, or as the archive's other editions of it name it.
  const publisherSlug =
    publication?.data.related.find((relation) => /publish/.test(relation.relation))?.entity ??
    corpus.articles.find((article) => article.meta.publication.entity === publication?.slug)?.meta.publisher.entity;
  const publisher = publisherSlug === undefined ? undefined : corpus.entities.get(publisherSlug);
  if (!publication) todo.push(`the register has no entity for the publication "${original.publication}": add content/entities/<slug>.yaml (type: source) and name it under publication.entity`);
  if (!publisher) todo.push('name the publisher (publisher.name and publisher.entity): the register does not say who publishes this publication');
  if (options.approximate) todo.push('say in published.note how the date was inferred');
  if (options.url === undefined) todo.push('add the address where the original was read under originalUrls');
  todo.push('write the editors’ summary', 'write the annotations: a context, an analysis and an aftermath note on every paragraph', 'remove draft: true when the edition is finished, then publish it: npm run edition');

  const report: ParagraphReport[] = [];
  const blocks = original.paragraphs.map((text, offset) => {
    const n = offset + 1;
    const { mentions, held, citations } = tagParagraph(text, index, outlets, year);
    const unresolved: ParagraphReport['unresolved'] = [];
    const tagged = mentions.map((mention) => ({ start: mention.start, end: mention.end, open: `<Mention entity="${mention.entity}">`, close: '</Mention>' }));
    for (const citation of citations) {
      const outlet = citation.outlet === undefined ? undefined : corpus.entities.get(citation.outlet);
      if (!outlet) {
        unresolved.push({ citation, problem: `the register has no outlet "${citation.outletName}"`, yaml: `type: source\nname: ${citation.outletName}\nsummary: …\ndescription: …\nreports:\n  - date: ${citation.date ?? 'YYYY-MM-DD'}\noutlet:\n  ownership: unknown\n  country: <slug>` });
        continue;
      }
      if (!outlet.data.reports.some((listed) => listed.date === citation.date)) unresolved.push({ citation, problem: `${outlet.file} does not list a report of ${citation.date}`, yaml: `  - date: ${citation.date}` });
      tagged.push({ start: citation.start, end: citation.end, open: `<Citation outlet="${outlet.slug}" date="${citation.date!}">`, close: '</Citation>' });
    }
    tagged.sort((a, b) => a.start - b.start);
    let line = '';
    let at = 0;
    for (const mark of tagged) {
      line += `${escapeMarkdown(text.slice(at, mark.start))}${mark.open}${escapeMarkdown(text.slice(mark.start, mark.end))}${mark.close}`;
      at = mark.end;
    }
    line += escapeMarkdown(text.slice(at));
    report.push({ n, mentions, held, unknownNames: unknownNames(text, [...mentions, ...citations]), citations, unresolved });
    return `<Paragraph n={${n}}>\n${line}\n</Paragraph>`;
  });

  const quote = (value: string) => JSON.stringify(value);
  const frontMatter = [
    '---',
    '# A draft made by npm run import: it builds only with GLOSSA_DRAFTS=1 (and in npm run dev).',
    'draft: true',
    `title: ${quote(original.title)}`,
    'publication:',
    `  name: ${quote(original.publication)}`,
    `  entity: ${publication?.slug ?? 'publication-to-be-added'}`,
    'publisher:',
    `  name: ${quote(publisher?.data.name ?? 'Publisher to be named')}`,
    `  entity: ${publisher?.slug ?? 'publisher-to-be-added'}`,
    `volume: ${original.volume}`,
    `issue: ${original.issue}`,
    'published:',
    `  date: ${options.date}`,
    `  approximate: ${options.approximate}`,
    `byline: ${quote(original.byline)}`,
    `source: ${options.slug}.txt`,
    `originalUrls: [${options.url ?? ''}]`,
    `summary: ${quote(DRAFT_SUMMARY)}`,
    `edition: { number: 1, date: ${options.today} }`,
    '---',
  ];
  const mdx = `${frontMatter.join('\n')}\n\n${blocks.join('\n\n')}\n`;
  return { mdx, report, todo };
}

/**
 * Proves a draft reads back as the original: its body parsed by the article reader, the original
 * rebuilt from it and compared. A difference is a fault of the importer, not of the editor's text.
 */
export function checkDraftReadsBack(draft: Draft, original: Original, sourceText: string, file: string): void {
  const body = draft.mdx.slice(draft.mdx.indexOf('\n---\n', 4) + 5);
  const { paragraphs } = parseArticleMarkup(body, file);
  const rebuilt = rebuildOriginal({ title: original.title, publication: { name: original.publication, entity: '' }, volume: original.volume, issue: original.issue, byline: original.byline }, paragraphs);
  const difference = firstDifference(withoutFileConventions(sourceText), rebuilt);
  if (difference) throw new Error(`the draft does not read back as the original (${difference.description}): a fault of the importer; please report it with the original`);
}
