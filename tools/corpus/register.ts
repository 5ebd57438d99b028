/**
 * The synthetic register: a few thousand entities (people, organizations, places, events, the
 * outlets the originals cite and the publications the archive holds), each with a unique slug and
 * spellings whose URL slugs collide with no other entity's (the build redirects every variant).
 */
import type { EntityType } from '../../src/lib/schema.ts';
import type { Random } from './random.ts';
import {
  COMPANIES, COUNTRIES, COUNTRY_ADJECTIVES, EVENT_KINDS, FIELDS, FIRST_NAMES, INSTITUTIONS, MINISTRIES, MOVEMENT_WORDS,
  MOVEMENTS, OUTLET_KINDS, OUTLET_SUFFIXES, PLACE_ENDINGS, PLACE_KINDS, PLACE_OPENINGS, PUBLICATIONS, SURNAMES, UNITS,
} from './words.ts';

export interface RegisterEntity {
  slug: string;
  type: EntityType;
  name: string;
  kind: string;
  /** The shorter form the prose may use after the first mention (a surname). */
  short: string;
  variants: string[];
  /** The country (slug) it belongs to or is based in, when it has one. */
  country?: string;
  /** Other entities it is linked to, read "<this> <relation> <entity>". */
  related: { entity: string; relation: string }[];
  /** For a cited outlet: who owns it. */
  ownership?: 'state' | 'independent' | 'unknown';
  /** For a person: the year of birth. */
  born?: number;
}

export interface Register {
  all: RegisterEntity[];
  bySlug: Map<string, RegisterEntity>;
  countries: RegisterEntity[];
  persons: RegisterEntity[];
  organizations: RegisterEntity[];
  places: RegisterEntity[];
  events: RegisterEntity[];
  outlets: RegisterEntity[];
  publications: { entity: RegisterEntity; publisher: RegisterEntity; since: number; weight: number }[];
}

/** Entities in a register for an archive of n articles: grows like a vocabulary (Heaps' law), about 2,700 at 5,000. */
export const defaultEntityCount = (articles: number): number => Math.max(150, Math.round(25 * articles ** 0.55));

/** The number of news outlets the originals cite. */
export const OUTLET_COUNT = 36;

/** A URL slug of an ASCII name: what both the content checks and the variant redirects make of it. */
export const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Central Asian countries are named far more often; the rest follow. */
const countryWeight = (index: number): number => (index < 6 ? 8 : index < 12 ? 3 : 1);

const PERSON_ROLES = [
  'minister of defence', 'foreign minister', 'diplomat', 'border commander', 'opposition politician', 'analyst',
  'regional governor', 'businessman', 'journalist', 'general', 'member of parliament', 'security official',
] as const;

/** Spelling changes that give a person's or place's name a plausible second transliteration. */
const TRANSLITERATIONS: [RegExp, string][] = [
  [/kh/g, 'h'], [/Kh/g, 'H'], [/ov\b/g, 'off'], [/ev\b/g, 'yev'], [/yu/g, 'iu'], [/j/g, 'dzh'], [/q/g, 'k'], [/oe/g, 'oye'], [/sh/g, 'ch'],
];

export function generateRegister(random: Random, entityCount: number): Register {
  const taken = new Set<string>();
  const all: RegisterEntity[] = [];
  /** Adds an entity when its slug and its variants' slugs are all free; returns it, or undefined. */
  const add = (entity: Omit<RegisterEntity, 'slug' | 'related'> & { related?: RegisterEntity['related'] }): RegisterEntity | undefined => {
    const slug = slugOf(entity.name);
    if (slug === '' || taken.has(slug)) return undefined;
    const variants = [...new Set(entity.variants)].filter((variant) => {
      const variantSlug = slugOf(variant);
      return variantSlug !== '' && variantSlug !== slug && !taken.has(variantSlug);
    });
    const variantSlugs = new Set(variants.map(slugOf));
    if (variantSlugs.size !== variants.length) variants.splice(1); // two variants with one slug: keep the first
    taken.add(slug);
    for (const variant of variants) taken.add(slugOf(variant));
    const created: RegisterEntity = { ...entity, slug, short: entity.short || entity.name, variants, related: entity.related ?? [] };
    all.push(created);
    return created;
  };
  /** Tries `make` until it yields a new entity (names are combinations, so a few collide). */
  const addNew = (make: () => Parameters<typeof add>[0]): RegisterEntity | undefined => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const made = add(make());
      if (made) return made;
    }
    return undefined;
  };

  const countries = COUNTRIES.map((name) => add({ type: 'place', name, kind: 'country', short: name, variants: [] })!);
  const pickCountry = () => random.weighted(countries, countries.map((_, index) => countryWeight(index)));
  const adjectiveOf = (country: RegisterEntity) => COUNTRY_ADJECTIVES[country.name as (typeof COUNTRIES)[number]];
  const town = () => `${random.pick(PLACE_OPENINGS)}${random.pick(PLACE_ENDINGS)}`;

  const publishers = new Map<string, RegisterEntity>();
  const publications = PUBLICATIONS.map((publication) => {
    let publisher = publishers.get(publication.publisher);
    if (!publisher) {
      publisher = add({ type: 'organization', name: publication.publisher, kind: 'research institute', short: publication.publisher, variants: [] })!;
      publishers.set(publication.publisher, publisher);
    }
    const entity = add({ type: 'source', name: publication.name, kind: 'periodical', short: publication.name, variants: [], related: [{ entity: publisher.slug, relation: 'is published by' }] })!;
    return { entity, publisher, since: publication.since, weight: publication.weight };
  });

  const outlets: RegisterEntity[] = [];
  while (outlets.length < OUTLET_COUNT) {
    const suffix = random.pick(OUTLET_SUFFIXES);
    const country = pickCountry();
    const outlet = addNew(() => {
      const name = `${town()} ${suffix}`;
      return {
        type: 'source', name, kind: OUTLET_KINDS[suffix], short: name, variants: random.chance(0.3) ? [`${name.split(' ')[0]}.info`] : [],
        country: country.slug, ownership: random.pick(['state', 'independent', 'unknown'] as const),
        related: [{ entity: country.slug, relation: 'is based in' }],
      };
    });
    if (outlet) outlets.push(outlet);
  }

  const persons: RegisterEntity[] = [];
  const organizations: RegisterEntity[] = [];
  const places: RegisterEntity[] = [];
  const events: RegisterEntity[] = [];
  const remaining = Math.max(0, entityCount - all.length);
  const quota = { person: Math.round(remaining * 0.42), organization: Math.round(remaining * 0.28), place: Math.round(remaining * 0.2) };
  const eventQuota = remaining - quota.person - quota.organization - quota.place;

  for (let i = 0; i < quota.place; i++) {
    const country = pickCountry();
    const place = addNew(() => {
      const base = town();
      const form = random.weighted(PLACE_KINDS, [5, 2, 1, 1, 1, 1]);
      const name = `${base}${form.suffix}`;
      const hyphenated = `${base.slice(0, 3)}-${base.slice(3)}${form.suffix}`;
      const variants = random.chance(0.3) ? [random.chance(0.5) ? hyphenated : transliterate(name, random)] : [];
      return { type: 'place', name, kind: form.kind, short: name, variants, country: country.slug, related: [{ entity: country.slug, relation: 'lies in' }] };
    });
    if (place) places.push(place);
  }
  const anyPlace = () => (places.length > 0 && random.chance(0.7) ? random.pick(places) : pickCountry());

  for (let i = 0; i < quota.organization; i++) {
    const country = pickCountry();
    const adjective = adjectiveOf(country);
    const organization = addNew(() => {
      const pattern = random.int(0, 5);
      const based = [{ entity: country.slug, relation: 'is based in' }];
      if (pattern === 0) return { type: 'organization', name: `Ministry of ${random.pick(MINISTRIES)} of ${country.name}`, kind: 'ministry', short: '', variants: [], country: country.slug, related: based };
      if (pattern === 1) {
        return { type: 'organization', name: `${adjective} ${ordinal(random.int(2, 299))} ${random.pick(UNITS)}`, kind: 'military unit', short: '', variants: [], country: country.slug, related: based };
      }
      if (pattern === 2) return { type: 'organization', name: `${town()} ${random.pick(INSTITUTIONS)} for ${random.pick(FIELDS)} Studies`, kind: 'research institute', short: '', variants: [], country: country.slug, related: based };
      if (pattern === 3) return { type: 'organization', name: `${town()} ${random.pick(COMPANIES)} Company`, kind: 'company', short: '', variants: [], country: country.slug, related: based };
      if (pattern === 4) {
        const name = `${random.pick(MOVEMENT_WORDS)} ${random.pick(MOVEMENTS)} of ${country.name}`;
        const acronym = name.split(' ').filter((word) => word !== 'of').map((word) => word[0]).join('');
        return { type: 'organization', name, kind: 'political party', short: '', variants: random.chance(0.5) ? [acronym] : [], country: country.slug, related: based };
      }
      return { type: 'organization', name: `${adjective} ${random.pick(['Border Service', 'Drug Control Agency', 'Customs Service', 'Security Council', 'National Guard', 'Emergency Committee'])} of ${town()}`, kind: 'state agency', short: '', variants: [], country: country.slug, related: based };
    });
    if (organization) organizations.push(organization);
  }

  for (let i = 0; i < quota.person; i++) {
    const country = pickCountry();
    const person = addNew(() => {
      const first = random.pick(FIRST_NAMES);
      const surname = random.pick(SURNAMES);
      const name = `${first} ${surname}`;
      const related = [{ entity: country.slug, relation: 'is a citizen of' }];
      if (organizations.length > 0 && random.chance(0.6)) related.push({ entity: random.pick(organizations).slug, relation: random.pick(['has served in', 'heads', 'has advised', 'speaks for']) });
      return { type: 'person', name, kind: random.pick(PERSON_ROLES), short: surname, variants: random.chance(0.4) ? [transliterate(name, random)] : [], country: country.slug, related, born: random.int(1940, 1985) };
    });
    if (person) persons.push(person);
  }

  for (let i = 0; i < eventQuota; i++) {
    const event = addNew(() => {
      const where = anyPlace();
      const what = random.pick(EVENT_KINDS);
      const year = random.int(1992, 2024);
      const placeName = where.kind === 'country' ? where.name : where.name.split(' ')[0];
      return { type: 'event', name: `${year} ${placeName} ${what.name}`, kind: what.kind, short: '', variants: [], related: [{ entity: where.slug, relation: 'took place in' }] };
    });
    if (event) events.push(event);
  }

  // Zipf ranks follow list order: shuffle so that the most named entities are not always the first generated.
  return {
    all,
    bySlug: new Map(all.map((entity) => [entity.slug, entity])),
    countries, // in the order of words.ts: Central Asia first, so it is named most
    persons: random.sample(persons, persons.length),
    organizations: random.sample(organizations, organizations.length),
    places: random.sample(places, places.length),
    events: random.sample(events, events.length),
    outlets: random.sample(outlets, outlets.length),
    publications,
  };
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** A second transliteration of a name, or the name itself when no rule applies. */
function transliterate(name: string, random: Random): string {
  const rules = random.sample(TRANSLITERATIONS, TRANSLITERATIONS.length);
  for (const [pattern, replacement] of rules) {
    const changed = name.replace(pattern, replacement);
    if (changed !== name) return changed;
  }
  return name;
}
