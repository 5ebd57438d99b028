/**
 * A whole synthetic archive as content files (articles/, sources/, entities/), the same layout as
 * content/. Pure: it yields paths and texts and touches no disk; tools/corpus.ts writes them.
 * The same options and seed always give the same files.
 */
import { generateArticle, type ArticlePlan } from './article.ts';
import { articleMdx, articleSource } from './article-file.ts';
import { toIso, toTime, weekdayOnOrBefore, yearOf } from './dates.ts';
import { entityData, entityYaml } from './entity-file.ts';
import { drawCast, makeSamplers, type Writer } from './prose.ts';
import { createRandom, zipfSampler, type Random } from './random.ts';
import { defaultEntityCount, generateRegister, type Register } from './register.ts';

/** Changes whenever the same options would give different files, so that stale archives are made again. */
export const GENERATOR_VERSION = 4;

export interface CorpusOptions {
  /** How many articles. */
  articles: number;
  seed: string;
  /** How many entities in the register (default: grows with the archive, about 2,700 at 5,000 articles). */
  entities?: number;
  /** How many paragraphs every article has (default: six to twelve, drawn for each article). */
  paragraphs?: number;
}

/** One file of the archive: its path under the content folder and its text. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** The first and last publication dates of the archive. */
const FIRST_DAY = '2004-01-05';
const LAST_DAY = '2024-12-20';

export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error('the archive needs a whole number of articles, at least 1');
  if (options.paragraphs !== undefined && !(Number.isInteger(options.paragraphs) && options.paragraphs > 0)) throw new Error('an article needs a whole number of paragraphs, at least 1');
  const register = generateRegister(createRandom(`${options.seed}/register`), options.entities ?? defaultEntityCount(options.articles));
  const samplers = makeSamplers(register);
  const outletRank = zipfSampler(register.outlets.length, 0.8);
  const outlet = (random: Random) => register.outlets[outletRank(random)]!;
  const plans = schedule(createRandom(`${options.seed}/schedule`), options.articles, register);
  const reports = new Map<string, Set<string>>();
  const slugs = new Set<string>();

  for (const [index, plan] of plans.entries()) {
    const random = createRandom(`${options.seed}/article/${index}`);
    const writer: Writer = { random, register, samplers, cast: drawCast(random, register, samplers), date: plan.date, named: new Set() };
    const article = generateArticle(writer, plan, outlet, slugs, options);
    for (const { outlet: slug, date } of article.citations) {
      if (!reports.has(slug)) reports.set(slug, new Set());
      reports.get(slug)!.add(date);
    }
    yield { path: `articles/${article.slug}.mdx`, content: articleMdx(article) };
    yield { path: `sources/${article.meta.source}`, content: articleSource(article) };
  }

  const random = createRandom(`${options.seed}/entities`);
  for (const entity of register.all) {
    yield { path: `entities/${entity.slug}.yaml`, content: entityYaml(entityData(random, entity, register, [...(reports.get(entity.slug) ?? [])])) };
  }
}

/** Publication dates spread evenly over twenty years (weekdays), each with its periodical, volume and issue. */
function schedule(random: Random, count: number, register: Register): ArticlePlan[] {
  const start = toTime(FIRST_DAY);
  const step = (toTime(LAST_DAY) - start) / count;
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    const jitter = (random.next() - 0.5) * 0.6 * step;
    dates.push(weekdayOnOrBefore(toIso(Math.max(start, start + step * (i + 0.5) + jitter))));
  }
  const issues = new Map<string, number>();
  return dates.sort().map((date) => {
    const year = yearOf(date);
    const active = register.publications.filter((publication) => publication.since <= year);
    const publication = random.weighted(active, active.map((p) => p.weight));
    const key = `${publication.entity.slug}/${year}`;
    const issue = (issues.get(key) ?? 0) + 1;
    issues.set(key, issue);
    return { date, publication: publication.entity, publisher: publication.publisher, volume: year - publication.since + 1, issue };
  });
}
