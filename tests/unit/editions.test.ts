/** Published editions never change: the check refuses any change to one; `npm run edition` publishes the next. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ContentErrors } from '../../src/lib/content-error.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { editionCopyPath, readEditionsLock, withEdition } from '../../src/lib/editions.ts';
import { publishEdition } from '../../src/lib/publish-edition.ts';

const workspace = mkdtempSync(join(tmpdir(), 'glossa-editions-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
const SLUG = 'a-small-article';

let copies = 0;
function published(): { root: string; article: string } {
  const root = join(workspace, String(copies++));
  cpSync('tests/fixtures/mini', root, { recursive: true });
  publishEdition(root, SLUG, 'First edition.', '2026-12-01');
  return { root, article: join(root, 'articles', `${SLUG}.mdx`) };
}
const problemsOf = (root: string, drafts = false) => {
  try {
    loadCorpus(root, { drafts });
    return [];
  } catch (error) {
    return (error as ContentErrors).problems;
  }
};
const change = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

test('the first run records the file as the edition its front matter names, with date and note', () => {
  const { root, article } = published();
  expect(readEditionsLock(root)).toEqual([{ article: SLUG, number: 1, date: '2026-11-27', note: 'First edition.', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  expect(readFileSync(editionCopyPath(root, SLUG, 1), 'utf8')).toBe(readFileSync(article, 'utf8'));
  expect(problemsOf(root)).toEqual([]);
});

test('a change to a published edition fails the check with the file, the line and both ways out', () => {
  const { root, article } = published();
  change(article, 'The capital.', 'The capital city.');
  const [problem, ...others] = problemsOf(root);
  expect(others).toEqual([]);
  expect(problem).toMatchObject({ file: article, line: 19 });
  expect(problem!.problem).toContain('edition 1 of this article was published on 2026-11-27 and cannot change');
  expect(problem!.fix).toContain(`npm run edition -- ${SLUG} --note`);
});

test('the change published as edition 2: dated today, the front matter updated, both copies kept', () => {
  const { root, article } = published();
  change(article, 'The capital.', 'The capital city.');
  const entry = publishEdition(root, SLUG, 'Says which capital.', '2026-12-02');
  expect(entry).toMatchObject({ number: 2, date: '2026-12-02', note: 'Says which capital.' });
  expect(readFileSync(article, 'utf8')).toContain('edition: { number: 2, date: 2026-12-02 }');
  expect(readFileSync(editionCopyPath(root, SLUG, 1), 'utf8')).toContain('The capital.\n');
  expect(readFileSync(editionCopyPath(root, SLUG, 2), 'utf8')).toContain('The capital city.');
  expect(problemsOf(root)).toEqual([]);
  expect(() => publishEdition(root, SLUG, 'Again.', '2026-12-03')).toThrow('unchanged since edition 2');
});

test('a published article marked as a draft again fails, with or without the drafts, telling how to correct it instead', () => {
  const { root, article } = published();
  change(article, '---\n', '---\ndraft: true\n');
  for (const drafts of [true, false]) {
    const [problem, ...others] = problemsOf(root, drafts);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: article, line: 2 });
    expect(problem!.problem).toContain('edition 1 of this article was published on 2026-11-27, so it cannot become a draft');
    expect(problem!.fix).toContain('remove "draft: true"');
    expect(problem!.fix).toContain(`npm run edition -- ${SLUG} --note`);
  }
});

test('a changed copy of a published edition fails, naming the copy', () => {
  const { root } = published();
  const copy = editionCopyPath(root, SLUG, 1);
  change(copy, 'The capital.', 'The capital city.');
  expect(problemsOf(root).map((problem) => [problem.file, problem.problem.replace(/ \(.*/, '')])).toContainEqual([copy, `edition 1 of "${SLUG}" differs from what was published on 2026-11-27`]);
});

test('content with a problem is not published, and every file is put back', () => {
  const { root, article } = published();
  change(article, 'entity="dushanbe"', 'entity="dushanbee"');
  const before = readFileSync(article, 'utf8');
  expect(() => publishEdition(root, SLUG, 'Broken.', '2026-12-02')).toThrow(ContentErrors);
  expect(readFileSync(article, 'utf8')).toBe(before);
  expect(readEditionsLock(root).map((entry) => entry.number)).toEqual([1]);
  expect(existsSync(editionCopyPath(root, SLUG, 2))).toBe(false);
});

describe('withEdition sets the edition in the form the front matter has, and nothing else', () => {
  test.each([
    ['one line', 'title: T\nedition: { number: 1, date: 2026-11-27 }\n---\nBody', 'title: T\nedition: { number: 2, date: 2026-12-02 }\n---\nBody'],
    ['a block', 'title: T\nedition:\n  number: 1\n  date: 2026-11-27\n---\nBody', 'title: T\nedition:\n  number: 2\n  date: 2026-12-02\n---\nBody'],
    ['a block with Windows line ends', 'edition:\r\n  number: 1\r\n  date: 2026-11-27\r\n---', 'edition:\r\n  number: 2\r\n  date: 2026-12-02\r\n---'],
  ])('%s', (_form, text, expected) => expect(withEdition(text, 2, '2026-12-02')).toBe(expected));

  test('a front matter without an edition it can read is refused, not guessed at', () => {
    expect(() => withEdition('title: T\nedition: 1\n---', 2, '2026-12-02')).toThrow(/no "edition:/);
  });
});

test('a draft cannot be published: it must be finished first', () => {
  const root = join(workspace, String(copies++));
  cpSync('tests/fixtures/mini', root, { recursive: true });
  const article = join(root, 'articles', `${SLUG}.mdx`);
  writeFileSync(article, readFileSync(article, 'utf8').replace('---\n', '---\ndraft: true\n'));
  expect(() => publishEdition(root, SLUG, 'First edition.', '2026-12-01')).toThrow(/is a draft/);
  expect(readEditionsLock(root)).toEqual([]);
});
