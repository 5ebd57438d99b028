import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { articleItem, downloadUrl, entityItem, FILE_FORMATS, formatFile, formatForms, formatInText, formatText, isArticleReferenceWithUrl, parseCitations, prepareCitations, TEXT_STYLES, type CslItem } from '../../src/lib/cite.ts';
import { rememberStringsIn } from '../../src/lib/content-cache.ts';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { readEntityFile } from '../../src/lib/entity-file.ts';

const { meta } = readArticleFile('content/articles/tajikistan-diversifies-its-security-assistance.mdx');
const URL = 'https://glossa.example.org/articles/tajikistan-diversifies-its-security-assistance/';
const article = articleItem('tajikistan-diversifies-its-security-assistance', meta, URL);

describe('text citations of the article', () => {
  test.each([
    // [style, fragments the citation must contain]
    ['chicago', ['“Tajikistan Diversifies Its Security Assistance.”', 'Eurasia Daily Monitor', URL]],
    ['apa', ['Tajikistan Diversifies Its Security Assistance', 'Eurasia Daily Monitor', '1(90)', URL]],
    ['mla', ['“Tajikistan Diversifies Its Security Assistance.”', 'Eurasia Daily Monitor']],
  ])('%s', (style, fragments) => {
    const text = formatText(article, style);
    for (const fragment of fragments) expect(text).toContain(fragment);
    expect(text).not.toMatch(/undefined|NaN/);
  });

  test('every offered style produces a different text', () => {
    expect(new Set(TEXT_STYLES.map((style) => formatText(article, style.id))).size).toBe(TEXT_STYLES.length);
  });

  test('a paragraph citation points at its anchor, and its in-text form names the paragraph', () => {
    const item = articleItem('tajikistan-diversifies-its-security-assistance', meta, `${URL}#p3`, 3);
    expect(formatText(item, 'chicago')).toContain(`${URL}#p3`);
    expect(formatInText(item, 'apa', 3)).toContain('para. 3');
    expect(formatInText(item, 'chicago', 3)).toContain('para. 3');
  });
});

describe('files for reference managers are read back by the library', () => {
  test.each(FILE_FORMATS.map((format) => [format.id]))('%s', (format) => {
    const [item] = parseCitations(formatFile(article, format));
    expect(item).toMatchObject({ title: 'Tajikistan Diversifies Its Security Assistance', 'container-title': 'Eurasia Daily Monitor', volume: '1', issue: '90' });
    expect(String(item!['URL'])).toBe(URL);
    expect((item!['issued'] as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(2004);
  });

  test('an entity page cites as a web page of the register', () => {
    const item = entityItem('avesta', { name: 'Avesta' } as never, 'https://glossa.example.org/entities/avesta/', '2026-11-27');
    const [back] = parseCitations(formatFile(item, 'ris'));
    expect(back).toMatchObject({ title: 'Avesta', URL: 'https://glossa.example.org/entities/avesta/' });
    expect(formatText(item, 'apa')).toContain('Avesta');
  });
});

test('a download link carries the file, percent-encoded, and reads back', () => {
  const item = articleItem('an-article', meta, `${URL}#p3`, 3);
  for (const format of FILE_FORMATS) {
    const href = downloadUrl(item, format.id);
    expect(href.startsWith(`data:${format.mediaType};charset=utf-8,`)).toBe(true);
    expect(href).not.toMatch(/[\s"<>]/);
    const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(text).toBe(formatFile(item, format.id));
    expect(parseCitations(text)[0]).toMatchObject({ title: meta.title, URL: `${URL}#p3` });
  }
});

describe('the shortcut for the paragraphs of one article gives what Citation.js gives', () => {
  const variants = [
    meta,
    { ...meta, byline: 'Roger Holt', published: { date: '2007-03-05', approximate: false } },
    { ...meta, title: 'Paragraph 3 and the 8675309 Question', volume: 12, issue: 3 },
  ];
  test.each(TEXT_STYLES.map((style) => [style.id]))('%s', (style) => {
    for (const variant of variants) {
      const items = [articleItem('an-article', variant, URL), ...Array.from({ length: 12 }, (_, i) => articleItem('an-article', variant, `${URL}#p${i + 1}`, i + 1))];
      for (const item of items) {
        const n = Number(/#p(\d+)$/.exec(String(item.URL))?.[1] ?? 0);
        expect(formatText(item, style), String(item.URL)).toBe(formatForms(item, style, '1').entry);
        if (n) expect(formatInText(item, style, n), String(item.URL)).toBe(formatForms(item, style, String(n)).inText);
      }
    }
  });
});

test('an article page makes one engine session per style: its paragraphs take the article’s entry and in-text form', () => {
  // What each session made is counted by a memo that keeps nothing; the article's shape is new to this file's shortcuts.
  const made: string[] = [];
  rememberStringsIn({ get: (key, make) => (made.push(key.split('\0')[1]!), make()), has: () => false, save: () => {} });
  try {
    const variant = { ...meta, title: 'A Title Met Only Here', volume: 41 };
    const articleOfPage = articleItem('tajikistan-diversifies-its-security-assistance', variant, URL);
    for (const style of TEXT_STYLES) formatText(articleOfPage, style.id);
    for (let n = 1; n <= 12; n++) {
      const paragraph = articleItem('tajikistan-diversifies-its-security-assistance', variant, `${URL}#p${n}`, n);
      for (const style of TEXT_STYLES) {
        expect(isArticleReferenceWithUrl(paragraph, articleOfPage, style.id), `${style.id}, paragraph ${n}`).toBe(true);
        formatInText(paragraph, style.id, n);
      }
    }
    expect(made.sort()).toEqual(TEXT_STYLES.map((style) => style.id).sort());
  } finally {
    rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} });
  }
});

test('an entity’s page makes its entry alone in each style: it cites no paragraph, so no in-text form is made', () => {
  // Each session's locator is in its memo key (forms, style, locator, item): an entry alone has none.
  const made: string[][] = [];
  rememberStringsIn({ get: (key, make) => (made.push(key.split('\0').slice(1, 3)), make()), has: () => false, save: () => {} });
  try {
    const entry = entityItem('a-register-entry', { name: 'A Register Entry Met Only Here' } as never, 'https://glossa.example.org/entities/a-register-entry/', '2026-11-27');
    for (const style of TEXT_STYLES) expect(formatText(entry, style.id)).toBe(formatForms(entry, style.id, '1').entry);
    expect(made.filter(([, locator]) => locator === '').map(([style]) => style).sort()).toEqual(TEXT_STYLES.map((style) => style.id).sort());
    expect(made.filter(([, locator]) => locator === '8675309')).toEqual([]);
  } finally {
    rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} });
  }
});

test('citations prepared together, many items to a session, are each its own text alone, and the pages then make none', () => {
  const byHolt = (id: string, title: string) => articleItem(id, { ...meta, title, byline: 'Roger Holt' }, `${URL}${id}/`);
  // Three articles by one author, two with one title: alone, no style dashes the author or names the
  // title. And two editions of one article, which share its id.
  const items = [
    byHolt('holt-first', 'Borders and Bases'),
    articleItem('holt-first', { ...meta, title: 'Borders and Bases, Corrected', byline: 'Roger Holt', edition: { number: 2, date: '2026-12-02' } }, `${URL}holt-first/editions/2/`),
    byHolt('holt-second', 'Guards and Garrisons'),
    byHolt('holt-third', 'Borders and Bases'),
    article,
    entityItem('avesta', { name: 'Avesta' } as never, 'https://glossa.example.org/entities/avesta/', '2026-11-27'),
    entityItem('asia-plus', { name: 'Asia-Plus' } as never, 'https://glossa.example.org/entities/asia-plus/', '2026-11-27'),
  ];
  const texts = () => items.map((item) => TEXT_STYLES.map((style) => [formatText(item, style.id), item.type === 'webpage' ? '' : formatInText(item, style.id, 4)]));
  const alone = texts();
  const kept = new Map<string, string>();
  let made = 0;
  rememberStringsIn({ get: (key, make) => kept.get(key) ?? (made++, kept.set(key, make()).get(key)!), has: (key) => kept.has(key), save: () => {} });
  try {
    prepareCitations(items);
    expect(made).toBe(items.length * TEXT_STYLES.length);
    expect(alone[0]![2]![1]).toBe('(Roger Holt 4)');
    expect(texts()).toEqual(alone);
    expect(made).toBe(items.length * TEXT_STYLES.length);
  } finally {
    rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} });
  }
});

describe('the CSL engine, called directly with each style for one item, gives what Citation.js’s format gives with the style as published', () => {
  // The reference the engine is checked against: Citation.js's own formatting of the item.
  const viaCite = (item: CslItem, style: string, locator?: string) =>
    locator === undefined
      ? new Cite(item).format('bibliography', { format: 'text', template: style, lang: 'en-US' }).trim()
      : new Cite(item).format('citation', { format: 'text', template: style, lang: 'en-US', entry: [{ id: item.id, locator, label: 'paragraph' }] }).trim();
  const entityFile = 'content/entities/sherali-khayrulloyev.yaml';
  const { data: khayrulloyev } = readEntityFile(readFileSync(entityFile, 'utf8'), entityFile);
  const items = [
    article,
    articleItem('tajikistan-diversifies-its-security-assistance', meta, `${URL}#p3`, 3),
    articleItem('an-article', { ...meta, byline: 'Roger Holt', published: { date: '2007-03-05', approximate: false } }, URL),
    // No byline, a date known to the month and only approximately: the items the styles sort and tell apart by other fields.
    articleItem('an-unsigned-article', { ...meta, byline: '', published: { date: '2004-09', approximate: true } }, URL),
    entityItem('sherali-khayrulloyev', khayrulloyev, 'https://glossa.example.org/entities/sherali-khayrulloyev/', '2026-11-27'),
    entityItem('avesta', { name: 'Avesta' } as never, 'https://glossa.example.org/entities/avesta/', undefined),
  ];
  test.each(TEXT_STYLES.map((style) => [style.id]))('%s', (style) => {
    for (const item of items) {
      const forms = formatForms(item, style, '4');
      expect(forms.entry, item.id).toBe(viaCite(item, style));
      expect(forms.inText, item.id).toBe(viaCite(item, style, '4'));
      expect(formatForms(item, style), item.id).toEqual({ entry: forms.entry });
    }
  });
  test('other engines still tell apart the items of a list: only ours, one item each, skip the ambiguity check', () => {
    const byHolt = (id: string, title: string) => articleItem(id, { ...meta, title, byline: 'Roger Holt' }, `${URL}${id}/`);
    const first = byHolt('first', 'Borders and Bases');
    // Citation.js's engine for MLA as published, holding two items by one author: MLA names the
    // title where the author's cites would read alike. Alone (ours), the author suffices.
    const engine = plugins.config.get('@csl').engine([first, byHolt('second', 'Guards and Garrisons')], 'mla', 'en-US', 'text');
    engine.updateItems(['first', 'second']);
    expect(engine.makeCitationCluster([{ id: 'first', locator: '4', label: 'paragraph' }])).toContain('Borders and Bases');
    expect(formatForms(first, 'mla', '4').inText).toBe('(Roger Holt 4)');
    expect(formatForms(first, 'mla', '4').inText).toBe(viaCite(first, 'mla', '4'));
  });
  test.each(TEXT_STYLES.map((style) => [style.id]))('%s: an item with the id of the one before is read afresh (an edition of the same article)', (style) => {
    const first = formatForms(articleItem('one-article', meta, URL), style, '4');
    const next = articleItem('one-article', { ...meta, title: 'A Corrected Title', edition: { number: 2, date: '2026-12-02' } }, URL);
    const again = formatForms(next, style, '4');
    expect(again.entry).not.toBe(first.entry);
    expect(again).toEqual({ entry: viaCite(next, style), inText: viaCite(next, style, '4') });
  });
});
