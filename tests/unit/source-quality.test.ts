import { describe, expect, test } from 'vitest';
import { sourceErrors, weaknessOf } from '../../src/lib/source-quality.ts';

describe('weaknessOf classes a reference by its host', () => {
  test.each([
    ['https://grokipedia.com/page/Gleb_Pavlovsky', 'ai-generated'],
    ['https://wiki.gravy.cc/wiki/Tajikistani_Civil_War', 'wikipedia-mirror'],
    ['https://it.wiki7.org/wiki/Fondazione', 'wikipedia-mirror'],
    ['https://en.wikipedia-on-ipfs.org/wiki/Dushanbe', 'wikipedia-mirror'],
    ['https://github.com/factbook/factbook.json/blob/master/central-asia/ti.json', 'data-copy'],
    ['https://dcmpx.remotevs.com/org/globalsecurity/www/SL/military/world/centralasia/kurgan-tyube.htm', 'proxy'],
    ['https://bbctodays.pages.dev/tajik/news', 'proxy'],
    ['http://156.54.191.165/enciclopedia/tagikistan', 'proxy'],
    ['https://tika-wp.dev.kultur.gov.tr/en/news', 'proxy'],
    ['https://staging.jamestown.org/program/a', 'proxy'],
    ['https://armeniandiaspora.com/forum/2004/october-2004/11582', 'repost'],
    ['http://mailman.lbo-talk.org/2004/2004-November/012345.html', 'repost'],
    ['https://studylib.net/doc/123', 'repost'],
    ['https://english.pravda.ru/world/asia/1234', 'unverified'],
    ['https://sovietbases.thecelotajs.com/tajikistan.html', 'unverified'],
  ])('%s is %s', (url, weakness) => expect(weaknessOf(url)).toBe(weakness));

  test.each([
    'https://jamestown.org/program/tajikistan-diversifies-its-security-assistance',
    'https://en.wikipedia.org/wiki/Dushanbe',
    'https://www.wikidata.org/wiki/Q9365',
    'https://www.cia.gov/the-world-factbook/countries/tajikistan/',
    'https://www.pravda.ru/news/1234',
    'https://developer.example.org/a',
    'https://www.devex.com/news/a',
    'not a url',
  ])('%s has none', (url) => expect(weaknessOf(url)).toBeUndefined());
});

describe('sourceErrors', () => {
  test('refuses a refused kind, labelled or not, with the better source to cite', () => {
    const [error] = sourceErrors('f.yaml', 7, 'Infogalactic mirror of Wikipedia', ['https://infogalactic.com/info/Jamestown_Foundation']);
    expect(error).toMatchObject({ file: 'f.yaml', line: 7 });
    expect(error!.problem).toContain('a copy of Wikipedia (infogalactic.com)');
    expect(error!.fix).toContain('en.wikipedia.org');
  });

  test('accepts a repost or a content farm only when the reference says what it is', () => {
    const repost = ['https://www.armenianclub.com/2004/10/17/russian-minister'];
    expect(sourceErrors('f', 1, 'ITAR-TASS report, 17 October 2004', repost)).toHaveLength(1);
    expect(sourceErrors('f', 1, 'ITAR-TASS report, 17 October 2004 (forum Repost, armenianclub.com)', repost)).toEqual([]);
    expect(sourceErrors('f', 1, 'PeoplePill profile', ['https://peoplepill.com/people/a'])[0]!.fix).toContain('"unverified"');
    expect(sourceErrors('f', 1, 'PeoplePill profile (unverified)', ['https://peoplepill.com/people/a'])).toEqual([]);
  });

  test('a label must be the word itself, not part of another', () => {
    expect(sourceErrors('f', 1, 'Reposted by a forum', ['https://ocnus.net/a'])).toHaveLength(1);
  });
});
