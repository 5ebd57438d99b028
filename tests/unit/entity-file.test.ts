import { describe, expect, test } from 'vitest';
import { slugOfFile } from '../../src/lib/content-files.ts';
import { parseEntityFile } from '../../src/lib/entity-file.ts';
import { errorOf } from './helpers.ts';

const VALID = `type: source
name: Avesta
variants: [Авеста]
summary: A news agency in Dushanbe.
description: A news agency.
reports:
  - date: 2004-09-17
outlet:
  ownership: unknown
  country: tajikistan
`;

describe('parseEntityFile', () => {
  test('a comment after a short value, or on a line of its own, is a comment', () => {
    const text = VALID.replace('type: source', 'type: source  # an outlet').replace('summary: A news agency in Dushanbe.', 'summary: A news agency in Dushanbe.\n  # checked 2026')
      .replace('description: A news agency.', 'description: "Quoted: issue #90 stays."');
    expect(parseEntityFile(text, 'avesta.yaml')).toMatchObject({ type: 'source', summary: 'A news agency in Dushanbe.', description: 'Quoted: issue #90 stays.' });
  });


  test('reads a valid file, filling defaults', () => {
    const entity = parseEntityFile(VALID, 'content/entities/avesta.yaml');
    expect(entity).toMatchObject({ type: 'source', name: 'Avesta', variants: ['Авеста'], facts: [], reports: [{ date: '2004-09-17' }] });
  });

  test.each([
    // [what is wrong, file text, expected fragment, expected line]
    ['a missing field', VALID.replace('summary: A news agency in Dushanbe.\n', ''), 'field "summary"', undefined],
    ['an unknown type', VALID.replace('type: source', 'type: outlet'), 'field "type"', 1],
    ['an unknown field', `${VALID}colour: red\n`, 'colour', undefined],
    ['a fact without references', `${VALID}facts:\n  - text: It exists.\n    refs: []\n`, 'field "facts.0.refs"', 13],
    ['reports on an entity that is not a source', VALID.replace('type: source', 'type: place'), 'only an entity of type "source" can list reports', 7],
    ['a malformed date', VALID.replace('2004-09-17', '17 September 2004'), 'field "reports.0.date"', 7],
    ['a cited outlet without outlet details', VALID.replace(/outlet:[\s\S]*$/, ''), 'a cited outlet needs outlet:', undefined],
    ['malformed YAML', 'type: source\nname: [Avesta\nsummary: x\n', 'malformed YAML', 3],
    ['an unquoted " #" that cuts a summary', VALID.replace('summary: A news agency in Dushanbe.', 'summary: The agency of issue #90 # and more'), 'field "summary": YAML reads " #90 # and more" as a comment, so the value stops at "The agency of issue"', 4],
    ['an unquoted " #" that cuts a fact', `${VALID}facts:\n  - text: Issue #90 appeared.\n    refs: [{ title: T, url: "https://example.org" }]\n`, 'field "text": YAML reads " #90 appeared." as a comment', 12],
  ])('%s fails with the file, the field and a fix', (_what, text, fragment, line) => {
    const error = errorOf(() => parseEntityFile(text, 'content/entities/avesta.yaml'));
    expect(error.message).toContain(fragment);
    expect(error.message).toContain(line === undefined ? 'content/entities/avesta.yaml' : `content/entities/avesta.yaml:${line}:`);
    expect(error.message).toContain('Fix:');
  });
});

describe('slugOfFile', () => {
  test.each([
    ['content/entities/asia-plus.yaml', 'asia-plus'],
    ['asia-plus.yml', 'asia-plus'],
  ])('%s → %s', (path, slug) => expect(slugOfFile(path, 'entity')).toBe(slug));

  test.each([
    ['content/entities/Asia_Plus.yaml', 'entity', '"Asia_Plus" cannot be an entity slug', '/entities/<name>/'],
    ['content/articles/Tajikistan-Diversifies.mdx', 'article', '"Tajikistan-Diversifies" cannot be an article slug', '/articles/<name>/'],
    ['content/articles/tajikistan diversifies.mdx', 'article', '"tajikistan diversifies" cannot be an article slug', '/articles/<name>/'],
  ] as const)('a file name that is not a valid slug fails, saying how to fix it: %s', (file, kind, problem, url) => {
    const error = errorOf(() => slugOfFile(file, kind));
    expect(error.message).toContain(`${file}:1: ${problem}`);
    expect(error.message).toContain(`rename the file; its name becomes the permanent URL ${url}`);
  });
});
