/** The synthetic archive (tools/corpus) is valid content: it loads through the same checks as content/. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { missingKinds, unreferencedFigures } from '../../src/lib/editorial-checks.ts';
import { rebuildOriginal } from '../../src/lib/original-text.ts';
import { generateCorpus } from '../../tools/corpus/generate.ts';
import { createRandom, zipfSampler } from '../../tools/corpus/random.ts';
import { slugOf } from '../../tools/corpus/register.ts';
import { corpusOptionsIn, writeCorpus } from '../../tools/corpus/write.ts';

const workspace = mkdtempSync(join(tmpdir(), 'glossa-corpus-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const filesOf = (options: Parameters<typeof generateCorpus>[0]) => new Map([...generateCorpus(options)].map((file) => [file.path, file.content]));

describe('a generated archive of 5 articles', () => {
  const folder = join(workspace, 'five');
  const written = writeCorpus(folder, { articles: 5, seed: 'test' });
  const corpus = loadCorpus(folder);

  test('loads with loadCorpus: schema, entity references, cited report dates, verbatim originals', () => {
    expect(written.articles).toBe(5);
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.entities.size).toBe(written.entities);
  });

  test('has six to twelve paragraphs per article, each with context, analysis and aftermath notes', () => {
    for (const article of corpus.articles) {
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(article.paragraphs.length).toBeLessThanOrEqual(12);
      expect(missingKinds(article), article.file).toEqual([]);
    }
  });

  test('meets the editorial standards: every figure in a note is followed by a footnote', () => {
    for (const article of corpus.articles) {
      for (const annotation of article.annotations) {
        expect(annotation.footnoteRefs.length, `${article.file} ${annotation.id}`).toBeGreaterThan(0);
        expect(unreferencedFigures(annotation, rebuildOriginal(article.meta, article.paragraphs)), `${article.file} ${annotation.id}`).toEqual([]);
      }
    }
  });

  test('marks mentions, citations and dates in the originals and the notes', () => {
    const paragraphs = corpus.articles.flatMap((article) => article.paragraphs);
    const annotations = corpus.articles.flatMap((article) => article.annotations);
    expect(paragraphs.flatMap((p) => p.mentions).length).toBeGreaterThan(paragraphs.length);
    expect(paragraphs.flatMap((p) => p.citations).length).toBeGreaterThan(0);
    expect(paragraphs.flatMap((p) => p.dates).length).toBeGreaterThan(0);
    expect(annotations.flatMap((a) => a.dates).length).toBeGreaterThan(annotations.length / 2);
    const outlets = new Set(paragraphs.flatMap((p) => p.citations.map((c) => c.outlet)));
    for (const outlet of outlets) expect(corpus.reportsOf(outlet).some((report) => report.citations.length > 0)).toBe(true);
  });

  test('gives no two entities a spelling with the same URL slug (each variant can redirect to its entity)', () => {
    const owners = new Map<string, string>();
    for (const { slug, data } of corpus.entities.values()) {
      for (const spelling of [data.name, ...data.variants]) {
        const spellingSlug = slugOf(spelling);
        expect(owners.get(spellingSlug) ?? slug, `${spelling} (${slug})`).toBe(slug);
        owners.set(spellingSlug, slug);
      }
      expect(owners.get(slug) ?? slug).toBe(slug);
    }
  });
});

describe('the generator', () => {
  test('is deterministic: the same seed gives the same files, another seed others', () => {
    const a = filesOf({ articles: 3, seed: 'same' });
    expect(filesOf({ articles: 3, seed: 'same' })).toEqual(a);
    expect(filesOf({ articles: 3, seed: 'other' })).not.toEqual(a);
  });

  test('gives every article the number of paragraphs asked for, and records it with the archive', () => {
    const folder = join(workspace, 'long');
    writeCorpus(folder, { articles: 2, seed: 'long', paragraphs: 30 });
    for (const article of loadCorpus(folder).articles) expect(article.paragraphs).toHaveLength(30);
    expect(corpusOptionsIn(folder)).toEqual({ articles: 2, seed: 'long', paragraphs: 30 });
  });

  test('refuses to write into content/ or over a folder it did not generate', () => {
    expect(() => writeCorpus(join('content', 'generated'), { articles: 1, seed: 'x' })).toThrow(/real content/);
    const foreign = join(workspace, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'keep me');
    expect(() => writeCorpus(foreign, { articles: 1, seed: 'x' })).toThrow(/not empty/);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  test('replaces an archive it generated earlier', () => {
    const folder = join(workspace, 'again');
    writeCorpus(folder, { articles: 2, seed: 'a' });
    writeCorpus(folder, { articles: 1, seed: 'b' });
    expect(readdirSync(join(folder, 'articles'))).toHaveLength(1);
  });

  test('draws with a Zipf-like skew: the first rank far more often than the hundredth', () => {
    const random = createRandom('zipf');
    const draw = zipfSampler(1000);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 20_000; i++) counts[draw(random)]!++;
    expect(counts[0]!).toBeGreaterThan(counts[99]! * 20);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(500);
  });
});
