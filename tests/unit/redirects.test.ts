import { describe, expect, test } from 'vitest';
import { astroRedirects, hostRedirectsFile, redirectPage, variantRedirects, variantSlug, type SpelledEntity } from '../../src/lib/redirects.ts';
import { errorOf } from './helpers.ts';

describe('variantSlug: a spelling as a URL slug, in Latin letters', () => {
  test.each([
    ['Khairulloyev', 'khairulloyev'],
    ['Sherali Khairulloyevich Khairulloyev', 'sherali-khairulloyevich-khairulloyev'],
    ['Шерали Хайруллоев', 'sherali-khayrulloev'],
    // Tajik letters the transliteration table lacks: ӣ is i, so both Cyrillic spellings meet.
    ['Шералӣ Хайруллоев', 'sherali-khayrulloev'],
    ['Ҷумҳурии Тоҷикистон', 'jumhurii-tojikiston'],
    ['Момирак', 'momirak'],
    ['ТАСС', 'tass'],
    ['ИТАР-ТАСС', 'itar-tass'],
    ['ITAR-TASS', 'itar-tass'],
    ['Азия-Плюс', 'aziya-plyus'],
    ['ИА «Авеста»', 'ia-avesta'],
    ['PfP', 'pfp'],
    ['MoD', 'mod'],
    ['U.S.', 'u-s'],
    ['9/11', '9-11'],
    ['Washington, D.C.', 'washington-d-c'],
    ['Tajik–Afghan border', 'tajik-afghan-border'],
    ['Tajikistan’s armed forces', 'tajikistans-armed-forces'],
    ['Partenariat pour la paix', 'partenariat-pour-la-paix'],
    ['«»', ''],
  ])('%s → %s', (spelling, slug) => expect(variantSlug(spelling)).toBe(slug));
});

const spelled = (slug: string, ...spellings: string[]): SpelledEntity => ({ slug, file: `content/entities/${slug}.yaml`, spellings });

describe('variantRedirects', () => {
  test.each([
    ['a spelling that is the slug needs no redirect', [spelled('itar-tass', 'ITAR-TASS', 'Itar-Tass', 'ИТАР-ТАСС')], []],
    ['a spelling with no Latin letters at all needs none', [spelled('x', '«»')], []],
    ['a spelling redirects to its entity', [spelled('itar-tass', 'TASS')], [['/entities/tass/', '/entities/itar-tass/', ['TASS']]]],
    [
      'spellings of one entity with the same slug share a redirect',
      [spelled('sherali-khayrulloyev', 'Шерали Хайруллоев', 'Шералӣ Хайруллоев')],
      [['/entities/sherali-khayrulloev/', '/entities/sherali-khayrulloyev/', ['Шерали Хайруллоев', 'Шералӣ Хайруллоев']]],
    ],
    [
      'redirects are sorted by URL',
      [spelled('momirak-range', 'Mumirak', 'Momirak'), spelled('asia-plus', 'Азия-Плюс')],
      [
        ['/entities/aziya-plyus/', '/entities/asia-plus/', ['Азия-Плюс']],
        ['/entities/momirak/', '/entities/momirak-range/', ['Momirak']],
        ['/entities/mumirak/', '/entities/momirak-range/', ['Mumirak']],
      ],
    ],
  ] as [string, SpelledEntity[], [string, string, string[]][]][])('%s', (_, entities, expected) => {
    expect(variantRedirects(entities).map((redirect) => [redirect.from, redirect.to, redirect.spellings])).toEqual(expected);
  });

  test.each([
    [
      "a spelling that is another entity's slug",
      [spelled('jamestown-foundation', 'Jamestown'), spelled('jamestown', 'Jamestown, Virginia')],
      ['content/entities/jamestown-foundation.yaml', 'content/entities/jamestown.yaml', '"Jamestown"', '/entities/jamestown/'],
    ],
    [
      'spellings of two entities that become one URL',
      [spelled('russian-border-guards', 'FPS'), spelled('federal-protection-service', 'FPS')],
      ['content/entities/russian-border-guards.yaml', 'content/entities/federal-protection-service.yaml', '/entities/fps/'],
    ],
  ] as [string, SpelledEntity[], string[]][])('fails on %s, naming both entity files', (_, entities, fragments) => {
    const message = errorOf(() => variantRedirects(entities)).message;
    for (const fragment of fragments) expect(message).toContain(fragment);
    expect(message).toContain('Fix:');
  });
});

describe('the redirects as published', () => {
  const redirects = variantRedirects([spelled('itar-tass', 'TASS', 'ТАСС'), spelled('asia-plus', 'Азия-Плюс')]);

  test("Astro's redirects config: permanent (301), so the static page refreshes at once", () => {
    expect(astroRedirects(redirects)).toEqual({
      '/entities/aziya-plyus/': { status: 301, destination: '/entities/asia-plus/' },
      '/entities/tass/': { status: 301, destination: '/entities/itar-tass/' },
    });
  });

  test('the static page: a meta refresh at once, a canonical link on the site, a link to follow', () => {
    const page = redirectPage(redirects[1]!, new URL('https://example.org/'));
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/entities/itar-tass/">');
    expect(page).toContain('<link rel="canonical" href="https://example.org/entities/itar-tass/">');
    expect(page).toContain('<a href="/entities/itar-tass/">Redirecting from <code>/entities/tass/</code>');
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  test('the _redirects file: one "/from/ /to/ 301" line each, after a comment', () => {
    expect(hostRedirectsFile(redirects).split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      '/entities/aziya-plyus/ /entities/asia-plus/ 301',
      '/entities/tass/ /entities/itar-tass/ 301',
      '',
    ]);
  });
});
