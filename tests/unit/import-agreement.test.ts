/**
 * The held-out measure of issue 14: the seed edition's original, tagged afresh from the register,
 * against the hand-made edition. npm run bench prints the same figures.
 */
import { expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { agreementWithEdition } from '../../src/lib/import-agreement.ts';

const corpus = loadCorpus('content');

test('the tagger reproduces at least 95% of the seed edition’s mentions with at least 95% precision, and all its citations', () => {
  const [article] = corpus.articles;
  const agreement = agreementWithEdition(article!, corpus);
  expect(agreement.hand).toBeGreaterThan(60);
  expect(agreement.recall, `missed: ${agreement.missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  expect(agreement.precision, `added: ${agreement.added.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  expect(agreement.citations).toEqual({ hand: 5, agreeing: 5 });
});
