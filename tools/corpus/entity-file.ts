/** Writes a register entity as content/entities/<slug>.yaml, with sourced facts and, for an outlet, its cited reports. */
import { stringify } from 'yaml';
import type { EntityInput } from '../../src/lib/schema.ts';
import { topic } from './prose.ts';
import type { Random } from './random.ts';
import type { Register, RegisterEntity } from './register.ts';

const capitalize = (words: string): string => words[0]!.toUpperCase() + words.slice(1);

const SYNTHETIC = 'This entry is synthetic: it was generated for scale benchmarks and makes no claim about the real world.';

/** The entity file's data; `reports` are the dates the archive's originals cite (outlets only). */
export function entityData(random: Random, entity: RegisterEntity, register: Register, reports: readonly string[]): EntityInput {
  const country = entity.country === undefined ? undefined : register.bySlug.get(entity.country)?.name;
  const ref = (what: string) => ({
    title: `Register sources, “${what}”`,
    url: `https://register.example.org/${entity.type}/${entity.slug}`,
  });
  const about = topic(random);
  const summary =
    entity.type === 'person' ? `${capitalize(entity.kind)} of ${country}, named in the archive’s analyses of ${about}.`
    : entity.type === 'organization' ? `${capitalize(entity.kind)} based in ${country}, named in analyses of ${about}.`
    : entity.type === 'place' ? (entity.kind === 'country' ? `Country named throughout the archive, often in connection with ${about}.` : `${capitalize(entity.kind)} in ${country}.`)
    : entity.type === 'event' ? `${capitalize(entity.kind)} that the archive’s notes connect with ${about}.`
    : reports.length > 0 || entity.ownership ? `${capitalize(entity.kind)} based in ${country}, cited by the originals.`
    : `${capitalize(entity.kind)} whose articles are originals of this archive.`;
  const description = [
    `${entity.name} appears in the synthetic archive as a ${entity.kind}. The editors connect it chiefly with ${about}, and less often with ${topic(random)}.`,
    SYNTHETIC,
  ].join('\n\n');
  const facts = [{ text: `${entity.name} is described in the register sources as a ${entity.kind}${country ? ` of ${country}` : ''}.`, refs: [ref(entity.name)] }];
  if (random.chance(0.5)) facts.push({ text: `Its record touches on ${topic(random)}.`, refs: [ref(`${entity.name}: record`)] });
  return {
    type: entity.type,
    name: entity.name,
    kind: entity.kind,
    variants: entity.variants,
    summary,
    description,
    dates: entity.born ? [{ label: 'Born', value: String(entity.born), refs: [ref(`${entity.name}: biography`)] }] : [],
    identifiers: entity.type !== 'person' && entity.kind !== 'country' && random.chance(0.3) ? [{ scheme: 'website', value: `${entity.slug}.example.org`, refs: [ref(`${entity.name}: website`)] }] : [],
    facts,
    uncertain: random.chance(0.05) ? [{ text: 'Its founding date is given differently by different sources.', refs: [ref(`${entity.name}: dates`)] }] : [],
    related: entity.related,
    reports: [...reports].sort().map((date) => ({ date, note: random.chance(0.3) ? 'The report itself was not located by the editors; the article is the only witness to it.' : `Cited for ${topic(random)}.` })),
    ...(entity.ownership && entity.country ? { outlet: { ownership: entity.ownership, country: entity.country, refs: [ref(`${entity.name}: ownership`)] } } : {}),
  };
}

export const entityYaml = (data: EntityInput): string => stringify(data, { lineWidth: 0 });
