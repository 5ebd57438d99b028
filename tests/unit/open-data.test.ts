import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { articleData, articleDataFiles, entitiesData, entityDataFile, webAnnotations } from '../../src/lib/open-data.ts';

const corpus = loadCorpus('content');
const absolute = (path: string) => `https://glossa.example.org${path}`;
const [article] = corpus.articles;

describe('open data', () => {
  test('entities.json lists every entity with variants and identifiers, and the address of its own file', () => {
    const { entities } = entitiesData(corpus, absolute);
    expect(entities).toHaveLength(corpus.entities.size);
    const khayrulloyev = entities.find((e) => e.id === 'sherali-khayrulloyev')!;
    expect(khayrulloyev.variants).toContain('Khairulloyev');
    expect(khayrulloyev.data).toBe(absolute('/data/entities/sherali-khayrulloyev.json'));
    // A conjectured spelling is published as one, apart from the attested variants.
    const ambassador = entities.find((e) => e.id === 'zenon-kuhchak')!;
    expect(ambassador.conjectured.map((spelling) => spelling.name)).toEqual(['Zenon Kuchciak']);
    expect(ambassador.variants).not.toContain('Zenon Kuchciak');
    expect(entities.find((e) => e.id === 'tajikistan')!.identifiers).toContainEqual({ scheme: 'wikidata', value: 'Q863' });
    // What grows with the archive is in the entities' own files, not in the register's one file.
    expect(JSON.stringify(entities)).not.toContain('"mentions"');
  });

  test('an entity’s file has its register entry, the mentions that point at paragraphs, and its cited reports', () => {
    const fileOf = (slug: string) => {
      const file = entityDataFile(corpus, slug, absolute);
      expect(file.path).toBe(`/data/entities/${slug}.json`);
      return JSON.parse(file.text);
    };
    const khayrulloyev = fileOf('sherali-khayrulloyev');
    const { data: address, ...entry } = entitiesData(corpus, absolute).entities.find((e) => e.id === 'sherali-khayrulloyev')!;
    expect(address).toBe(absolute('/data/entities/sherali-khayrulloyev.json'));
    expect(khayrulloyev).toEqual({ ...entry, mentions: expect.any(Array), reports: [] });
    expect(khayrulloyev.mentions).toEqual([{ article: article!.slug, paragraphs: [2] }]);
    // The words used are the article's, at its mentions of the entity in that paragraph.
    const paragraph = articleData(article!, absolute).paragraphs[1]!;
    expect(paragraph.mentions.filter((mention) => mention.entity === 'sherali-khayrulloyev').map((mention) => paragraph.text.slice(mention.start, mention.end))).toEqual(['Sherali Khayrulloyev', 'Khayrulloyev']);
    // Each article once, its paragraphs in reading order.
    const tajikistan = fileOf('tajikistan').mentions;
    expect(tajikistan).toHaveLength(1);
    expect(tajikistan[0].paragraphs).toEqual([1, 2, 3, 4, 5, 6]);
    const avesta = fileOf('avesta');
    expect(avesta.reports.map((r: { date: string }) => r.date)).toEqual(['2004-09-17', '2004-09-20']);
    expect(avesta.reports[0].citedIn).toEqual([absolute(`/articles/${article!.slug}/#p1`)]);
  });

  test('an article’s JSON has its paragraphs verbatim with offsets that find their words, and its notes', () => {
    const data = articleData(article!, absolute);
    expect(data.paragraphs).toHaveLength(6);
    // Each mark's offsets find the words the corpus read for it, and only its offsets give them.
    for (const [index, paragraph] of data.paragraphs.entries()) {
      const read = article!.paragraphs[index]!;
      const words = (marks: readonly { start: number; end: number }[]) => marks.map((mark) => paragraph.text.slice(mark.start, mark.end));
      expect(words(paragraph.mentions)).toEqual(read.mentions.map((mention) => mention.text));
      expect(words(paragraph.citations)).toEqual(read.citations.map((citation) => citation.text));
      expect(words(paragraph.dates)).toEqual(read.dates.map((date) => date.text));
      for (const mark of [...paragraph.mentions, ...paragraph.citations, ...paragraph.dates]) expect(mark).not.toHaveProperty('text');
    }
    expect(data.paragraphs[0]!.citations[0]).toMatchObject({ outlet: 'avesta', date: '2004-09-17', claim: expect.stringContaining('border with Afghanistan') });
    expect(data.paragraphs[0]!.text.slice(data.paragraphs[0]!.citations[0]!.start, data.paragraphs[0]!.citations[0]!.end)).toBe('Avesta, September 17');
    expect(data.annotations.length).toBeGreaterThanOrEqual(18);
    expect(data.annotations.every((a) => a.references.length > 0 || a.kind === 'analysis')).toBe(true);
  });

  test('a note’s words are in its Web Annotation, which the article’s JSON names, and not in the JSON too', () => {
    const data = articleData(article!, absolute);
    expect(data.webAnnotations).toBe(absolute(`/data/annotations/${article!.slug}.jsonld`));
    const items = new Map(webAnnotations(article!, absolute, 'Glossa editors').first.items.map((item) => [item.id.slice(item.id.indexOf('#') + 1), item]));
    for (const [index, note] of data.annotations.entries()) {
      const words = article!.annotations[index]!.text;
      expect(items.get(note.id)!.body.value).toBe(`${note.title}\n\n${words}`);
      expect(JSON.stringify(note)).not.toContain(words);
    }
  });

  test('the notes are W3C Web Annotations targeting their paragraph’s URL', () => {
    const collection = webAnnotations(article!, absolute, 'Glossa editors');
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: article!.annotations.length });
    const first = collection.first.items[0]!;
    expect(first).toMatchObject({ type: 'Annotation', id: absolute(`/articles/${article!.slug}/#p1-n1`), body: { type: 'TextualBody', format: 'text/plain' } });
    // The model's musts for an annotation within a page that has the context: its id, type, body and target; created a date-time.
    for (const item of collection.first.items) {
      expect(item).toMatchObject({ type: 'Annotation', motivation: expect.stringMatching(/^(commenting|editing)$/) });
      expect(item).not.toHaveProperty('@context');
      expect(item.id).toMatch(/^https?:\/\//);
      expect(item.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    expect(first.target).toBe(absolute(`/articles/${article!.slug}/#p1`));
    // Each note targets its own paragraph.
    const byId = new Map(article!.annotations.map((note) => [note.id, note.paragraph]));
    for (const item of collection.first.items) expect(item.target).toBe(absolute(`/articles/${article!.slug}/#p${byId.get(item.id.slice(item.id.indexOf('#') + 1))}`));
  });

  test('an article’s data files: its JSON with the CSL record, its annotations, and the CSL file alone only where it was published', () => {
    const slug = article!.slug;
    const published = (path: string) => path === `/data/articles/${slug}.csl.json`;
    const files = articleDataFiles(article!, absolute, published);
    expect(files.map((file) => file.path)).toEqual([`/data/articles/${slug}.json`, `/data/annotations/${slug}.jsonld`, `/data/articles/${slug}.csl.json`]);
    const [json, annotations, csl] = files.map((file) => JSON.parse(file.text));
    expect(json).toMatchObject({ id: slug, csl: { id: slug, URL: absolute(`/articles/${slug}/`) } });
    expect(annotations).toEqual(JSON.parse(JSON.stringify(webAnnotations(article!, absolute, 'Glossa editors'))));
    expect(csl).toEqual([json.csl]);
    expect(articleDataFiles(article!, absolute, () => false).map((file) => file.path)).not.toContain(`/data/articles/${slug}.csl.json`);
  });

  test('once its edition is published, the data cite the edition’s address and list the editions; the locked .csl.json keeps the article’s', () => {
    const slug = article!.slug;
    const edition = { article: slug, number: article!.meta.edition.number, date: article!.meta.edition.date, note: 'First.', sha256: '0' };
    const [json, annotations, csl] = articleDataFiles(article!, absolute, () => true, [{ edition, article: article! }]).map((file) => JSON.parse(file.text));
    const editionAddress = absolute(`/articles/${slug}/editions/${edition.number}/`);
    expect(json.editions).toEqual([{ number: edition.number, date: edition.date, note: 'First.', url: editionAddress, annotations: absolute(`/data/annotations/${slug}.jsonld`) }]);
    expect(json.csl.URL).toBe(editionAddress);
    expect(annotations.first.items[0]).toMatchObject({ id: `${editionAddress}#p1-n1`, target: `${editionAddress}#p1` });
    expect(csl[0].URL).toBe(absolute(`/articles/${slug}/`));
  });

  test('an earlier edition’s notes get their own Web Annotations, targeting that edition’s page', () => {
    const slug = article!.slug;
    const first = { article: slug, number: 1, date: '2026-11-27', note: 'First.', sha256: '0' };
    const second = { ...first, number: 2, date: '2026-12-02', note: 'Second.' };
    const current = { ...article!, meta: { ...article!.meta, edition: { number: 2, date: '2026-12-02' } } };
    const files = articleDataFiles(current, absolute, () => false, [{ edition: first, article: article! }, { edition: second, article: current }]);
    expect(files.map((file) => file.path)).toEqual([`/data/articles/${slug}.json`, `/data/annotations/${slug}.jsonld`, `/data/annotations/${slug}/editions/1.jsonld`]);
    const earlier = JSON.parse(files[2]!.text);
    expect(earlier.first.items[0].target).toBe(absolute(`/articles/${slug}/editions/1/#p1`));
    expect(JSON.parse(files[1]!.text).first.items[0].target).toBe(absolute(`/articles/${slug}/editions/2/#p1`));
  });
});
