/**
 * Bad content fails the real build with the file, the line and what is wrong. Each case copies a
 * small valid fixture, breaks one thing, and runs `astro build` on it.
 */
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, scratchFolder } from './site-build.ts';

const FIXTURE = 'tests/fixtures/mini';
const workspace = scratchFolder('bad-input');

/** Builds a copy of the fixture after `breakIt` edits it; returns the exit code and all output. */
function buildBroken(name: string, breakIt: (root: string) => void): { status: number | null; output: string } {
  const content = join(workspace, name);
  cpSync(FIXTURE, content, { recursive: true });
  breakIt(content);
  return buildSite(content, join(workspace, `${name}-cache`), join(workspace, `${name}-dist`));
}

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
const ARTICLE = 'articles/a-small-article.mdx';

describe('the build', () => {
  test('succeeds on the valid fixture (the control for the cases below)', () => {
    const { status, output } = buildBroken('valid', () => {});
    expect(output).toContain('page(s) built');
    expect(status).toBe(0);
  });

  test.each([
    // [case, how to break the fixture, fragments the build output must contain]
    ['a mention of an unknown entity', (root: string) => edit(join(root, ARTICLE), 'entity="dushanbe"', 'entity="dushanbee"'),
      ['a-small-article.mdx:16:', 'unknown entity "dushanbee"', 'closest known: "dushanbe"']],
    ['a citation of a report the outlet does not list', (root: string) => edit(join(root, ARTICLE), 'date="2004-09-17"', 'date="2004-09-18"'),
      ['a-small-article.mdx:16:', 'cites a report of 2004-09-18', 'it lists: 2004-09-17']],
    ['a publication date the calendar does not have', (root: string) => edit(join(root, ARTICLE), 'published: { date: 2004-09-22', 'published: { date: 2004-13-45'),
      ['a-small-article.mdx:7:', 'field "published.date"', 'a date of the calendar']],
    ['an edition date the calendar does not have', (root: string) => edit(join(root, ARTICLE), 'edition: { number: 1, date: 2026-11-27 }', 'edition: { number: 1, date: 2026-02-30 }'),
      ['a-small-article.mdx:12:', 'field "edition.date"', 'a date of the calendar']],
    ['an entity file saved as .yml', (root: string) => renameSync(join(root, 'entities/dushanbe.yaml'), join(root, 'entities/dushanbe.yml')),
      ['entities/dushanbe.yml: this file is not read', 'rename it to dushanbe.yaml']],
    ['a duplicated paragraph number', (root: string) => edit(join(root, ARTICLE), '<Paragraph n={2}>', '<Paragraph n={1}>'),
      ['a-small-article.mdx:23:', 'paragraph number 1 is used twice']],
    ['an entity file with an unknown type', (root: string) => edit(join(root, 'entities/dushanbe.yaml'), 'type: place', 'type: city'),
      ['entities/dushanbe.yaml:1:', 'field "type"']],
    ['an entity file with a missing field', (root: string) => edit(join(root, 'entities/dushanbe.yaml'), 'summary: A capital.\n', ''),
      ['entities/dushanbe.yaml', 'field "summary"']],
    ['a malformed entity file', (root: string) => edit(join(root, 'entities/avesta.yaml'), 'reports:', 'reports: [\n'),
      ['entities/avesta.yaml', 'malformed YAML']],
    ['an edition whose text differs from the original', (root: string) => edit(join(root, ARTICLE), 'went well', 'went badly'),
      ['a-small-article.mdx:16:', 'differs from the original', 'line 4, column 24', 'make paragraph 1']],
  ])('fails on %s, saying where and what', (name, breakIt, fragments) => {
    const { status, output } = buildBroken(name.replaceAll(' ', '-'), breakIt);
    expect(status).not.toBe(0);
    for (const fragment of fragments) expect(output).toContain(fragment);
  });
});
