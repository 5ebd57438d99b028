import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { ContentError } from '../../src/lib/content-error.ts';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { checkDraftReadsBack, draftEdition, originalFromHtml, readOriginal } from '../../src/lib/import-draft.ts';
import { errorOf } from './helpers.ts';

const corpus = loadCorpus('content');
const SEED = 'content/sources/tajikistan-diversifies-its-security-assistance.txt';
const options = { slug: 'an-import', date: '2004-09-22', approximate: true, today: '2026-12-02', url: undefined };
const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

describe('readOriginal', () => {
  test.each([
    ['no publication line', 'A Title\nBy:\nText.', 2, 'Publication:'],
    ['no byline line', 'A Title\nPublication: X Volume: 1 Issue: 2\nText.', 3, 'By:'],
    ['an empty line among the paragraphs', 'A Title\nPublication: X Volume: 1 Issue: 2\nBy:\nOne.\n\nTwo.', 5, 'empty line'],
    ['no paragraphs', 'A Title\nPublication: X Volume: 1 Issue: 2\nBy:', 4, 'no paragraphs'],
  ])('refuses %s, at its line', (_case, text, line, fragment) => {
    const error = errorOf(() => readOriginal(text, 'original.txt')) as ContentError;
    expect(error).toBeInstanceOf(ContentError);
    expect(error.line).toBe(line);
    expect(error.problem).toContain(fragment);
  });

  test('reads the header and the paragraphs; a blank byline is empty', () => {
    expect(readOriginal(readFileSync(SEED, 'utf8'), SEED)).toMatchObject({ title: 'Tajikistan Diversifies Its Security Assistance', publication: 'Eurasia Daily Monitor', volume: 1, issue: 90, byline: '' });
  });
});

describe('draftEdition', () => {
  const source = readFileSync(SEED, 'utf8');
  const original = readOriginal(source, SEED);
  const draft = draftEdition(original, corpus, options);

  test('the seed’s original becomes a draft with its names and citations tagged, reading back verbatim', () => {
    expect(draft.mdx).toMatch(/^---\n# A draft[^\n]*\ndraft: true\n/);
    expect(draft.mdx).toContain('publication:\n  name: "Eurasia Daily Monitor"\n  entity: eurasia-daily-monitor');
    expect(draft.mdx).toContain('publisher:\n  name: "The Jamestown Foundation"\n  entity: jamestown-foundation');
    expect(draft.mdx).toContain('(<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>)');
    expect(draft.mdx).toContain('<Mention entity="sherali-khayrulloyev">Sherali Khayrulloyev</Mention>');
    expect(draft.mdx).toContain('<Mention entity="201st-motorized-rifle-division">Russian 201st Motorized Rifle Division</Mention>');
    expect(() => checkDraftReadsBack(draft, original, source, 'draft.mdx')).not.toThrow();
    const { paragraphs } = parseArticleMarkup(body(draft.mdx), 'draft.mdx');
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(original.paragraphs);
    expect(paragraphs.flatMap((paragraph) => paragraph.citations)).toHaveLength(5);
  });

  test('the report names what the register does not know, with its sentence', () => {
    const unknown = draft.report[1]!.unknownNames.map((name) => name.words);
    expect(unknown).toContain('Minister of Defense');
    expect(draft.report[1]!.unknownNames.find((name) => name.words === 'Minister of Defense')!.sentence).toMatch(/^This delicate balance/);
    expect(draft.todo.join('\n')).toContain('originalUrls');
  });

  test('text that Markdown or MDX would read as markup reads back as written', () => {
    const tricky = { ...original, title: 'A Title', volume: 1, issue: 2, paragraphs: ['1995. The *first* _draft_ <b>{x}</b> cost $5 & [more][^1] ~~here~~ | a # b.', '- Not a list, and \\ a backslash.'] };
    const text = ['A Title', 'Publication: Eurasia Daily Monitor Volume: 1 Issue: 2', 'By:', ...tricky.paragraphs].join('\n');
    const made = draftEdition(tricky, corpus, options);
    expect(() => checkDraftReadsBack(made, tricky, text, 'draft.mdx')).not.toThrow();
  });

  test('a citation of an outlet the register lacks is reported with the YAML to add, and not tagged', () => {
    const unknownOutlet = { ...original, paragraphs: ['Troops moved (Interfax, October 2).'] };
    const made = draftEdition(unknownOutlet, corpus, options);
    expect(made.mdx).not.toContain('<Citation');
    expect(made.report[0]!.unresolved).toEqual([expect.objectContaining({ problem: 'the register has no outlet "Interfax"', yaml: expect.stringContaining('- date: 2004-10-02') })]);
  });

  test('a citation of a report the outlet does not list is tagged, and reported with the line to add', () => {
    const unlisted = { ...original, paragraphs: ['Troops moved (Avesta, October 2).'] };
    const made = draftEdition(unlisted, corpus, options);
    expect(made.mdx).toContain('<Citation outlet="avesta" date="2004-10-02">Avesta, October 2</Citation>');
    expect(made.report[0]!.unresolved[0]).toMatchObject({ yaml: '  - date: 2004-10-02' });
  });

  test('a publication the register does not know is left for the editor', () => {
    const made = draftEdition({ ...original, publication: 'Central Asia Caucasus Analyst' }, corpus, options);
    expect(made.todo[0]).toContain('no entity for the publication "Central Asia Caucasus Analyst"');
  });
});

describe('originalFromHtml', () => {
  const page = (article: string) => `<!doctype html><html><head><title>Talks Resumed - The Jamestown Foundation</title></head><body>
    <nav><a href="/">Home</a> <a href="/programs">Programs</a></nav>
    <article><h1>Talks Resumed</h1>${article}</article>
    <footer>© The Jamestown Foundation. Subscribe to our newsletter for more analysis of the region.</footer></body></html>`;
  const paragraphs = '<p>In Dushanbe the talks\n  resumed after a long pause, and the delegations met for three days to settle the outstanding questions of the border (Avesta, October 2).</p><p>They ended with a joint statement that both sides described as a first step, though neither published its text or named the next round’s date.</p>';

  test('a saved page of the original becomes the archive’s layout: title, publication, byline, paragraphs', () => {
    const text = originalFromHtml(page(`<p>Publication: Eurasia Daily Monitor Volume: 1 Issue: 2</p><p>By: Jane Doe</p>${paragraphs}`), 'talks.html');
    expect(text.split('\n')).toEqual([
      'Talks Resumed',
      'Publication: Eurasia Daily Monitor Volume: 1 Issue: 2',
      'By: Jane Doe',
      'In Dushanbe the talks resumed after a long pause, and the delegations met for three days to settle the outstanding questions of the border (Avesta, October 2).',
      'They ended with a joint statement that both sides described as a first step, though neither published its text or named the next round’s date.',
    ]);
    expect(readOriginal(text, 'talks.html')).toMatchObject({ title: 'Talks Resumed', volume: 1, issue: 2, byline: 'Jane Doe' });
  });

  test('a page without the publication line is refused, saying what to save instead', () => {
    const error = errorOf(() => originalFromHtml(page(paragraphs), 'talks.html')) as ContentError;
    expect(error.problem).toContain('Publication:');
  });
});
