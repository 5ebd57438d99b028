/**
 * The mistakes an editor plausibly makes, each alone on a copy of a small valid content folder:
 * every one is refused with its file, its line, what is wrong and how to fix it (the first problem
 * reported is the root cause), or is accepted because it is not part of the text. The checker is
 * loadCorpus, which `npm run check:content` and the build both run; this runs it in-process, so the
 * battery stays quick however long it grows. tests/build/ runs a few of the same through the build.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentError, ContentErrors } from '../../src/lib/content-error.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';

const FIXTURE = 'tests/fixtures/mini';
const ARTICLE = 'articles/a-small-article.mdx';
const SOURCE = 'sources/a-small-article.txt';
const workspace = mkdtempSync(join(tmpdir(), 'glossa-battery-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

let copies = 0;
/** A fresh copy of the fixture after `change` has edited it. */
function contentWith(change: (root: string) => void): string {
  const root = join(workspace, String(copies++));
  cpSync(FIXTURE, root, { recursive: true });
  change(root);
  return root;
}

/** Replaces the first `from` in a file of the copy; fails if it is not there (the case would test nothing). */
const edit = (file: string, from: string, to: string) => (root: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
};

/** The problems the checker reports for a content folder, in the order it reports them. */
function problemsOf(root: string): ContentError[] {
  try {
    loadCorpus(root);
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems;
    if (error instanceof ContentError) return [error];
    throw error;
  }
}

type Case = [name: string, change: (root: string) => void, file: string, line: number | undefined, fragment: string];

const refused: Case[] = [
  // Dates the calendar does not have, wherever a date is written.
  ['a publication date of month 13', edit(ARTICLE, 'date: 2004-09-22', 'date: 2004-13-45'), ARTICLE, 7, 'published.date'],
  ['a 29 February in a year that has none', edit(ARTICLE, 'date: 2004-09-22', 'date: 2003-02-29'), ARTICLE, 7, 'published.date'],
  ['an edition date of 30 February', edit(ARTICLE, 'date: 2026-11-27', 'date: 2026-02-30'), ARTICLE, 12, 'edition.date'],
  ['an outlet report of 31 September', edit('entities/avesta.yaml', '2004-09-17', '2004-09-31'), 'entities/avesta.yaml', 6, 'reports.0.date'],
  ['a <When> date of 30 February', edit(ARTICLE, 'The capital.', 'The capital since <When date="2001-02-30">2001</When>.'), ARTICLE, 19, '2001-02-30'],
  ['a citation of 31 September', edit(ARTICLE, 'date="2004-09-17"', 'date="2004-09-31"'), ARTICLE, 16, '2004-09-31'],
  // Files that would otherwise be ignored.
  ['an entity saved as .yml', (root) => renameSync(join(root, 'entities/dushanbe.yaml'), join(root, 'entities/dushanbe.yml')), 'entities/dushanbe.yml', undefined, 'not read'],
  ['an article saved as .md', (root) => renameSync(join(root, ARTICLE), join(root, 'articles/a-small-article.md')), 'articles/a-small-article.md', undefined, 'not read'],
  // Names that become permanent URLs.
  ['an article file named with capitals', (root) => renameSync(join(root, ARTICLE), join(root, 'articles/A-Small-Article.mdx')), 'articles/A-Small-Article.mdx', 1, 'cannot be an article slug'],
  ['an article file named with a space', (root) => renameSync(join(root, ARTICLE), join(root, 'articles/a small article.mdx')), 'articles/a small article.mdx', 1, 'cannot be an article slug'],
  ['an entity file named with an underscore', (root) => renameSync(join(root, 'entities/dushanbe.yaml'), join(root, 'entities/dush_anbe.yaml')), 'entities/dush_anbe.yaml', 1, 'cannot be an entity slug'],
  // YAML that parses, but not as written.
  ['an unquoted " #" in an entity summary', edit('entities/dushanbe.yaml', 'summary: A capital.', 'summary: A capital, seat of government #1.'), 'entities/dushanbe.yaml', 3, 'as a comment'],
  ['an unquoted " #" in the front matter summary', edit(ARTICLE, 'summary: A fixture', 'summary: Issue #90, a fixture'), ARTICLE, 11, 'as a comment'],
  ['a key written twice in an entity file', edit('entities/dushanbe.yaml', 'summary: A capital.', 'summary: A capital.\nsummary: The capital.'), 'entities/dushanbe.yaml', 4, 'malformed YAML'],
  ['a key written twice in the front matter', edit(ARTICLE, 'volume: 1', 'volume: 1\nvolume: 2'), ARTICLE, 6, 'malformed YAML'],
  ['a list opened and not closed', edit('entities/avesta.yaml', 'reports:', 'reports: ['), 'entities/avesta.yaml', undefined, 'malformed YAML'],
  // Front matter and entity fields.
  ['a volume written in words', edit(ARTICLE, 'volume: 1', 'volume: one'), ARTICLE, 5, '"volume"'],
  ['an edition without its number', edit(ARTICLE, '{ number: 1, date: 2026-11-27 }', '{ date: 2026-11-27 }'), ARTICLE, 12, 'edition.number'],
  ['an unknown front matter field', edit(ARTICLE, 'volume: 1', 'volume: 1\nvolumes: 1'), ARTICLE, 2, 'volumes'],
  ['an entity of an unknown type', edit('entities/dushanbe.yaml', 'type: place', 'type: city'), 'entities/dushanbe.yaml', 1, '"type"'],
  ['an entity without a summary', edit('entities/dushanbe.yaml', 'summary: A capital.\n', ''), 'entities/dushanbe.yaml', 1, '"summary"'],
  ['an entity related to itself', (root) => appendFileSync(join(root, 'entities/dushanbe.yaml'), 'related:\n  - { entity: dushanbe, relation: is the same city as }\n'), 'entities/dushanbe.yaml', 6, 'itself'],
  ['a related entry written twice', (root) => appendFileSync(join(root, 'entities/dushanbe.yaml'), 'related:\n  - { entity: avesta, relation: is home to }\n  - { entity: avesta, relation: is home to }\n'), 'entities/dushanbe.yaml', 7, 'twice'],
  ['a related entity that does not exist', (root) => appendFileSync(join(root, 'entities/dushanbe.yaml'), 'related:\n  - { entity: avestaa, relation: is home to }\n'), 'entities/dushanbe.yaml', 6, 'avestaa'],
  ['an outlet country that no entity has', edit('entities/avesta.yaml', 'country: dushanbe', 'country: tajikistan'), 'entities/avesta.yaml', 9, 'tajikistan'],
  // The article's markup.
  ['an empty <Mention>', edit(ARTICLE, '<Mention entity="dushanbe">Dushanbe</Mention>', '<Mention entity="dushanbe"></Mention>Dushanbe'), ARTICLE, 16, 'Mention'],
  ['a mention of an unknown entity', edit(ARTICLE, 'entity="dushanbe"', 'entity="dushanbee"'), ARTICLE, 16, 'dushanbee'],
  ['a citation of a report the outlet does not list', edit(ARTICLE, 'date="2004-09-17"', 'date="2004-09-18"'), ARTICLE, 16, '2004-09-18'],
  ['a duplicated paragraph number', edit(ARTICLE, '<Paragraph n={2}>', '<Paragraph n={1}>'), ARTICLE, 23, 'paragraph number 1 is used twice'],
  ['a skipped paragraph number', edit(ARTICLE, '<Paragraph n={2}>', '<Paragraph n={3}>'), ARTICLE, 23, 'paragraph number 2 is missing'],
  ['an annotation id of another paragraph', edit(ARTICLE, 'id="p2-n1"', 'id="p1-n2"'), ARTICLE, 26, 'p1-n2'],
  ['an annotation id used twice', edit(ARTICLE, 'id="p2-n1"', 'id="p1-n1"'), ARTICLE, 26, 'p1-n1'],
  ['an annotation of an unknown kind', edit(ARTICLE, 'kind="aftermath"', 'kind="afterwards"'), ARTICLE, 26, 'afterwards'],
  ['an annotation without a title', edit(ARTICLE, ' title="After"', ''), ARTICLE, 26, 'title'],
  ['an unknown component', edit(ARTICLE, 'The capital.', 'The <Place>capital</Place>.'), ARTICLE, 19, 'Place'],
  ['an attribute expression', edit(ARTICLE, 'title="Where"', 'title={process.env.HOME}'), ARTICLE, 18, 'title'],
  ['an expression in the text', edit(ARTICLE, 'The capital.', 'The capital {1 + 1}.'), ARTICLE, 19, 'is code in MDX'],
  ['a footnote label defined twice', edit(ARTICLE, 'Later.', 'Later.[^a]\n\n[^a]: One.\n\n[^a]: Two.'), ARTICLE, undefined, '[^a]'],
  ['a footnote cited but not defined', edit(ARTICLE, 'Later.', 'Later.[^missing]'), ARTICLE, 27, 'missing'],
  ['an article with no paragraphs', (root) => {
    const path = join(root, ARTICLE);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.slice(0, text.indexOf('<Paragraph')));
    writeFileSync(join(root, SOURCE), readFileSync(join(root, SOURCE), 'utf8').split('\n').slice(0, 3).join('\n'));
  }, ARTICLE, undefined, 'no paragraphs'],
  // Sources an edition must not rest on (source-quality.ts), at the reference's line.
  ['a fact resting on an AI-generated encyclopedia', (root) => appendFileSync(join(root, 'entities/dushanbe.yaml'), 'facts:\n  - text: The capital since 1924.\n    refs:\n      - { title: "Dushanbe", url: https://www.britannica.com/place/Dushanbe }\n      - { title: "Dushanbe", url: https://grokipedia.com/page/Dushanbe }\n'), 'entities/dushanbe.yaml', 9, 'AI-generated'],
  ['a footnote citing a forum repost without saying so', edit(ARTICLE, 'Later.', 'Later.[^later]\n\n[^later]: AFP, “Talks end,” https://www.freerepublic.com/focus/news/1234'), ARTICLE, 29, 'does not say so'],
  ['a footnote citing a staging server', edit(ARTICLE, 'Later.', 'Later.[^later]\n\n[^later]: Jamestown, https://staging.jamestown.org/program/a'), ARTICLE, 29, 'development server'],
  // The original's text.
  ['a word changed in the edition', edit(ARTICLE, 'went well', 'went badly'), ARTICLE, 16, 'differs from the original'],
  ['a no-break space in the original', edit(SOURCE, 'Talks in', 'Talks\u00a0in'), ARTICLE, 16, 'U+00A0 NO-BREAK SPACE'],
  ['an accented word in NFD where the edition has NFC', (root) => {
    edit(ARTICLE, 'They ended.', 'They ended in Kulób.')(root);
    edit(SOURCE, 'They ended.', 'They ended in Kulo\u0301b.')(root);
  }, ARTICLE, 24, 'composed differently: the original is in Unicode NFD'],
  ['a missing original', (root) => rmSync(join(root, SOURCE)), ARTICLE, undefined, 'does not exist'],
];

describe('every mistake is refused with its file, line, problem and fix; the root cause first', () => {
  test.each(refused)('%s', (_name, change, file, line, fragment) => {
    const root = contentWith(change);
    const [first] = problemsOf(root);
    expect(first, 'no problem reported').toBeDefined();
    expect(first!.file).toBe(join(root, file));
    if (line !== undefined) expect(first!.line).toBe(line);
    expect(first!.problem).toContain(fragment);
    expect(first!.fix.length).toBeGreaterThan(10);
  });
});

describe('what is not part of the text is accepted, and read as without it', () => {
  const plain = loadCorpus(FIXTURE).article('a-small-article')!;
  test.each<[string, (root: string) => void]>([
    ['an original saved with Windows line ends', (root) => writeFileSync(join(root, SOURCE), readFileSync(join(root, SOURCE), 'utf8').replaceAll('\n', '\r\n'))],
    ['an original saved with a byte order mark', (root) => writeFileSync(join(root, SOURCE), `\uFEFF${readFileSync(join(root, SOURCE), 'utf8')}`)],
    ['an original without its final newline', (root) => writeFileSync(join(root, SOURCE), readFileSync(join(root, SOURCE), 'utf8').trimEnd())],
    ['an article saved with a byte order mark', (root) => writeFileSync(join(root, ARTICLE), `\uFEFF${readFileSync(join(root, ARTICLE), 'utf8')}`)],
    ['an article saved with Windows line ends', (root) => writeFileSync(join(root, ARTICLE), readFileSync(join(root, ARTICLE), 'utf8').replaceAll('\n', '\r\n'))],
    ['a paragraph number written in quotes, n="2"', edit(ARTICLE, '<Paragraph n={2}>', '<Paragraph n="2">')],
    ['a comment after a short YAML value', edit('entities/dushanbe.yaml', 'type: place', 'type: place  # a city')],
    ['a forum repost labelled as one', edit(ARTICLE, 'Later.', 'Later.[^later]\n\n[^later]: AFP, “Talks end” (forum repost), https://www.freerepublic.com/focus/news/1234')],
  ])('%s', (_name, change) => {
    const root = contentWith(change);
    expect(problemsOf(root)).toEqual([]);
    const read = loadCorpus(root).article('a-small-article')!;
    const numbered = (paragraphs: typeof plain.paragraphs) => paragraphs.map(({ n, text }) => [n, text]);
    expect(numbered(read.paragraphs)).toEqual(numbered(plain.paragraphs));
  });
});
