/** The real content meets the edition's standards; each test names what to fix. */
import { describe, expect, test } from 'vitest';
import { escape } from 'html-escaper';
import { buildChronology, markedSentence } from '../../src/lib/chronology.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { missingKinds, unreferencedFigures } from '../../src/lib/editorial-checks.ts';
import { rebuildOriginal } from '../../src/lib/original-text.ts';
import { sentenceAt } from '../../src/lib/snippet.ts';

const corpus = loadCorpus('content');

describe('the content of every edition', () => {
  test('loads without a single content error, and is not empty', () => {
    expect(corpus.articles.length).toBeGreaterThan(0);
    expect(corpus.entities.size).toBeGreaterThan(30);
  });

  test('every paragraph has context, analysis and aftermath annotations', () => {
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeGreaterThan(0);
      expect(missingKinds(article), article.file).toEqual([]);
    }
  });

  test('no annotation states a year or figure without a footnote reference after it', () => {
    const problems = corpus.articles.flatMap((article) =>
      article.annotations.flatMap((annotation) => unreferencedFigures(annotation, rebuildOriginal(article.meta, article.paragraphs)).map((sentence) => `${article.file} ${annotation.id}: ${sentence}`)),
    );
    expect(problems).toEqual([]);
  });

  test('every entity named in a text has a page with a summary and a description', () => {
    for (const article of corpus.articles) {
      const named = [...article.paragraphs, ...article.annotations].flatMap((prose) => prose.mentions.map((m) => m.entity));
      expect(named.length).toBeGreaterThan(0);
      for (const slug of named) expect(corpus.entities.get(slug)?.data.summary, slug).toBeTruthy();
    }
  });

  test('every cited outlet says who owns it and where it is', () => {
    for (const [slug, entity] of corpus.entities) {
      if (entity.data.reports.length > 0) expect(entity.data.outlet, slug).toBeDefined();
    }
  });

  test('the chronology has items from the originals and the annotations, each linking to an anchor', () => {
    const items = buildChronology(corpus);
    expect(items.some((item) => item.voice === 'original')).toBe(true);
    expect(items.some((item) => item.voice === 'editorial')).toBe(true);
    for (const item of items) {
      expect(item.href, item.text).toMatch(/^\/(articles|entities)\/[a-z0-9-]+\/#[a-z0-9-]+$/);
      expect(item.text.length, item.href).toBeGreaterThan(0);
    }
    expect(items.map((item) => item.date)).toEqual(items.map((item) => item.date).sort());
    // A note's item names the paragraph the note is on; its link leads to the note itself.
    for (const item of items.filter((each) => each.voice === 'editorial')) {
      const [, paragraph] = item.href.match(/#p(\d+)-n\d+$/)!;
      expect(item.place, item.href).toBe(`note on paragraph ${paragraph}`);
    }
  });

  test('a dated item’s sentence, found when the text was read, is the one around its date', () => {
    const prose = corpus.articles.flatMap((article) => [...article.paragraphs, ...article.annotations]);
    const dates = prose.flatMap(({ text, dates }) => dates.map((date) => ({ text, date })));
    expect(dates.length).toBeGreaterThan(10);
    for (const { text, date } of dates) expect(text.slice(date.sentence.start, date.sentence.end)).toBe(sentenceAt(text, date.start).text);
  });

  test('a chronology item’s names are where their words stand in its sentence, and marked there', () => {
    const items = buildChronology(corpus);
    const named = items.filter((item) => item.names.length > 0);
    expect(named.length).toBeGreaterThan(10);
    for (const item of named) {
      // The words at each name are the words of one of the article's mentions of that entity (or, for a cited report, its outlet's name).
      const { paragraphs, annotations } = item.article;
      const spoken = [...paragraphs, ...annotations].flatMap((prose) => prose.mentions.map((mention) => `${mention.entity}: ${mention.text}`));
      for (const { entity, start, end } of item.names) {
        const words = `${entity}: ${item.text.slice(start, end)}`;
        expect(item.voice === 'citation' ? words === `${entity}: ${corpus.entities.get(entity)!.data.name}` : spoken.includes(words), words).toBe(true);
      }
      const marked = markedSentence(item);
      expect(marked.match(/<a data-mention=/g)).toHaveLength(item.names.length);
      expect(marked.replace(/<[^>]+>/g, '')).toBe(escape(item.text));
    }
    expect(markedSentence({ text: 'Avesta & Asia-Plus met.', names: [{ entity: 'avesta', start: 0, end: 6 }, { entity: 'asia-plus', start: 9, end: 18 }] })).toBe(
      '<a data-mention="avesta">Avesta</a> &amp; <a data-mention="asia-plus">Asia-Plus</a> met.',
    );
  });
});
