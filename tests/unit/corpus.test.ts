import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { article, entity, errorOf } from './helpers.ts';

const ENTITIES = [
  entity('edm', { type: 'source' }),
  entity('jamestown', { type: 'organization' }),
  entity('dushanbe', { related: [{ entity: 'tajikistan', relation: 'is the capital of' }] }),
  entity('tajikistan'),
  entity('avesta', { type: 'source', reports: [{ date: '2004-09-17' }, { date: '2004-09-20' }], outlet: { ownership: 'unknown', country: 'tajikistan' } }),
];

const BODY = `<Paragraph n={1}>
In <Mention entity="dushanbe">Dushanbe</Mention> and <Mention entity="dushanbe">Dushanbe</Mention> again. Borders leak (<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>).

<Annotation id="p1-n1" kind="context" title="Capital">
<Mention entity="tajikistan">Tajikistan</Mention>’s capital.
</Annotation>
</Paragraph>`;

describe('buildCorpus indexes both ways', () => {
  const corpus = buildCorpus(ENTITIES, [article(BODY)]);

  test('paragraphs that name an entity, with every mention', () => {
    const sites = corpus.mentionedIn('dushanbe');
    expect(sites.map((site) => [site.paragraph.n, site.mentions.length])).toEqual([[1, 2]]);
    expect(corpus.mentionedIn('tajikistan')).toEqual([]);
  });

  test('annotations that name an entity', () => {
    expect(corpus.discussedIn('tajikistan').map((site) => site.annotation?.id)).toEqual(['p1-n1']);
  });

  test('an outlet’s reports with the paragraphs and claims that cite them', () => {
    const reports = corpus.reportsOf('avesta');
    expect(reports.map((report) => [report.date, report.citations.map((c) => [c.paragraph.n, c.citation.claim])])).toEqual([
      ['2004-09-17', [[1, 'Borders leak']]],
      ['2004-09-20', []],
    ]);
  });

  test('relations are shown on both sides', () => {
    expect(corpus.relationsOf('dushanbe')).toEqual([{ slug: 'tajikistan', phrase: 'is the capital of', inverse: false }]);
    expect(corpus.relationsOf('tajikistan')).toEqual([{ slug: 'dushanbe', phrase: 'is the capital of', inverse: true }]);
  });

  test('a relation stated on both sides is shown once on each, in its own words', () => {
    const both = buildCorpus(
      [...ENTITIES.filter((e) => e.slug !== 'tajikistan'), entity('tajikistan', { related: [{ entity: 'dushanbe', relation: 'has its capital at' }] })],
      [article(BODY)],
    );
    expect(both.relationsOf('tajikistan')).toEqual([{ slug: 'dushanbe', phrase: 'has its capital at', inverse: false }]);
    expect(both.relationsOf('dushanbe')).toEqual([{ slug: 'tajikistan', phrase: 'is the capital of', inverse: false }]);
  });
});

describe('buildCorpus rejects references it cannot resolve', () => {
  test.each([
    // [what is wrong, body, expected fragments]
    ['a mention of an unknown entity', BODY.replace('entity="dushanbe">Dushanbe</Mention> and', 'entity="dushanbee">Dushanbe</Mention> and'), ['content/articles/a-title.mdx:2:', 'unknown entity "dushanbee"', 'closest known: "dushanbe"', 'content/entities/dushanbee.yaml']],
    ['a citation of an unknown outlet', BODY.replace('outlet="avesta"', 'outlet="avestaa"'), ['content/articles/a-title.mdx:2:', 'unknown entity "avestaa"', 'closest known: "avesta"']],
    ['a citation of a date the outlet does not list', BODY.replace('date="2004-09-17"', 'date="2004-09-18"'), ['cites a report of 2004-09-18', 'it lists: 2004-09-17, 2004-09-20', 'content/entities/avesta.yaml']],
    ['a citation naming an entity that is not a source', BODY.replace('outlet="avesta"', 'outlet="tajikistan"'), ['which is a place, not a source']],
    ['a mention of an unknown entity in an annotation', BODY.replace('entity="tajikistan"', 'entity="tajikstan"'), ['annotation p1-n1', 'unknown entity "tajikstan"', 'closest known: "tajikistan"']],
  ])('%s', (_what, body, fragments) => {
    const error = errorOf(() => buildCorpus(ENTITIES, [article(body)]));
    for (const fragment of fragments) expect(error.message).toContain(fragment);
  });

  test('a related entity that does not exist', () => {
    const broken = [...ENTITIES, entity('khatlon', { related: [{ entity: 'tajikistn', relation: 'is a region of' }] })];
    expect(errorOf(() => buildCorpus(broken, [article(BODY)])).message).toMatch(/content\/entities\/khatlon\.yaml: a "related" entry names the unknown entity "tajikistn" \(closest known: "tajikistan"\)/);
  });

  test('every problem is reported at once', () => {
    const body = BODY.replace('entity="dushanbe">Dushanbe</Mention> and', 'entity="x1">Dushanbe</Mention> and').replace('outlet="avesta"', 'outlet="x2"');
    expect(errorOf(() => buildCorpus(ENTITIES, [article(body)])).message).toMatch(/^2 problems in content/);
  });
});

describe('buildCorpus indexes across articles', () => {
  const second = BODY.replace('<Paragraph n={1}>', '<Paragraph n={1}>\nNothing here.\n</Paragraph>\n\n<Paragraph n={2}>').replaceAll('p1-n1', 'p2-n1');
  const corpus = buildCorpus(ENTITIES, [article(BODY, 'first'), article(second, 'second')]);

  test('finds an article by its slug', () => {
    expect(corpus.article('second')?.slug).toBe('second');
    expect(corpus.article('third')).toBeUndefined();
  });

  test('lists an entity’s mentions and notes earliest article first, each article’s in reading order', () => {
    const dated = (slug: string, date: string, body: string) => {
      const read = article(body, slug);
      return { ...read, meta: { ...read.meta, published: { ...read.meta.published, date } } };
    };
    // Read in the order of their slugs: "first" was published after "second".
    const archive = buildCorpus(ENTITIES, [dated('first', '2005-01-10', BODY), dated('second', '2004-03-01', second), dated('third', '2004-03-01', BODY)]);
    expect(archive.mentionedIn('dushanbe').map((site) => `${site.article.slug} ¶${site.paragraph.n}`)).toEqual(['second ¶2', 'third ¶1', 'first ¶1']);
    expect(archive.discussedIn('tajikistan').map((site) => `${site.article.slug} ${site.annotation?.id}`)).toEqual(['second p2-n1', 'third p1-n1', 'first p1-n1']);
  });

  test('lists mentions, notes and citations in reading order, article by article', () => {
    expect(corpus.mentionedIn('dushanbe').map((site) => `${site.article.slug} ¶${site.paragraph.n}`)).toEqual(['first ¶1', 'second ¶2']);
    expect(corpus.discussedIn('tajikistan').map((site) => `${site.article.slug} ${site.annotation?.id} ¶${site.paragraph.n}`)).toEqual(['first p1-n1 ¶1', 'second p2-n1 ¶2']);
    expect(corpus.reportsOf('avesta')[0]!.citations.map((c) => `${c.article.slug} ¶${c.paragraph.n}`)).toEqual(['first ¶1', 'second ¶2']);
  });
});

describe('buildCorpus refuses relations that would print nonsense', () => {
  test.each([
    ['an entity related to itself', [{ entity: 'khatlon', relation: 'is the same region as' }], 'relates khatlon to itself'],
    ['a relation listed twice', [{ entity: 'tajikistan', relation: 'is a region of' }, { entity: 'tajikistan', relation: 'is a region of' }], 'is listed twice'],
  ])('%s', (_, related, fragment) => {
    const broken = [...ENTITIES, entity('khatlon', { related })];
    const message = errorOf(() => buildCorpus(broken, [article(BODY)])).message;
    expect(message).toContain('content/entities/khatlon.yaml: ');
    expect(message).toContain(fragment);
  });
});
