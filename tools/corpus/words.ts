/**
 * Word lists for the synthetic archive: names, places and the vocabulary of analysis writing on
 * security and politics. Data only; the generator combines them. Everything is plain ASCII letters,
 * spaces and hyphens (plus ’ and “ ” in prose), so nothing needs escaping in MDX or YAML.
 */

/** Real countries: the register's fixed places, and the countries outlets are based in. */
export const COUNTRIES = [
  'Tajikistan', 'Kyrgyzstan', 'Uzbekistan', 'Kazakhstan', 'Turkmenistan', 'Afghanistan', 'Russia', 'China',
  'India', 'Pakistan', 'Iran', 'Turkey', 'United States', 'Poland', 'Germany', 'France', 'United Kingdom',
  'Japan', 'South Korea', 'Georgia', 'Armenia', 'Azerbaijan', 'Ukraine', 'Belarus', 'Mongolia', 'Saudi Arabia',
  'Qatar', 'Lithuania', 'Moldova', 'Latvia',
] as const;

/** The adjective of each country, for organization names ("Kyrgyz Border Service"). */
export const COUNTRY_ADJECTIVES: Record<(typeof COUNTRIES)[number], string> = {
  Tajikistan: 'Tajik', Kyrgyzstan: 'Kyrgyz', Uzbekistan: 'Uzbek', Kazakhstan: 'Kazakh', Turkmenistan: 'Turkmen',
  Afghanistan: 'Afghan', Russia: 'Russian', China: 'Chinese', India: 'Indian', Pakistan: 'Pakistani', Iran: 'Iranian',
  Turkey: 'Turkish', 'United States': 'American', Poland: 'Polish', Germany: 'German', France: 'French',
  'United Kingdom': 'British', Japan: 'Japanese', 'South Korea': 'Korean', Georgia: 'Georgian', Armenia: 'Armenian',
  Azerbaijan: 'Azerbaijani', Ukraine: 'Ukrainian', Belarus: 'Belarusian', Mongolia: 'Mongolian', 'Saudi Arabia': 'Saudi',
  Qatar: 'Qatari', Lithuania: 'Lithuanian', Moldova: 'Moldovan', Latvia: 'Latvian',
};

export const FIRST_NAMES = [
  'Abdullo', 'Akbar', 'Alisher', 'Amir', 'Anvar', 'Asqar', 'Azamat', 'Bakhtiyor', 'Bakyt', 'Davron', 'Dilshod', 'Emomali',
  'Farhod', 'Gafur', 'Hamid', 'Ibrohim', 'Iskandar', 'Jamshed', 'Kamol', 'Karim', 'Khurshed', 'Mahmadsaid', 'Muhiddin',
  'Nurali', 'Oybek', 'Parviz', 'Rahmatullo', 'Rustam', 'Saidmurod', 'Sherali', 'Sirojiddin', 'Talbak', 'Ulugbek',
  'Zafar', 'Zokir', 'Aleksandr', 'Andrei', 'Boris', 'Dmitry', 'Gennady', 'Igor', 'Konstantin', 'Mikhail', 'Nikolai',
  'Oleg', 'Pavel', 'Sergei', 'Viktor', 'Vladimir', 'Yuri', 'Anna', 'Dilbar', 'Gulnara', 'Irina', 'Lola', 'Malika',
  'Mavjuda', 'Nigora', 'Olga', 'Roza', 'Shirin', 'Svetlana', 'Tatiana', 'Zarina', 'David', 'Richard', 'Thomas', 'James',
  'Robert', 'Jan', 'Piotr', 'Tomasz', 'Klaus', 'Pierre', 'Rajiv', 'Sunil', 'Wang', 'Li', 'Kenji', 'Mehmet',
] as const;

export const SURNAMES = [
  'Abdulloev', 'Akhmedov', 'Alimov', 'Asimov', 'Azimov', 'Babaev', 'Bobokhonov', 'Davlatov', 'Ergashev', 'Faizulloev',
  'Ganiev', 'Gulov', 'Hakimov', 'Hasanov', 'Ismoilov', 'Jalolov', 'Kamolov', 'Karimov', 'Khalilov', 'Khudoiberdiev',
  'Latifov', 'Mahmudov', 'Mirzoev', 'Muminov', 'Nabiev', 'Nazarov', 'Nematov', 'Odinaev', 'Qodirov', 'Rahimov',
  'Rajabov', 'Rasulov', 'Safarov', 'Saidov', 'Salimov', 'Sharipov', 'Sodiqov', 'Sultonov', 'Tursunov', 'Umarov',
  'Usmonov', 'Valiev', 'Yusupov', 'Zoirov', 'Zuhurov', 'Aliev', 'Bekov', 'Dzhumabaev', 'Ibraimov', 'Kuliev', 'Mamytov',
  'Nurmatov', 'Osmonov', 'Satybaldiev', 'Toktogulov', 'Zhaparov', 'Abenov', 'Baimukhamedov', 'Ivanov', 'Petrov',
  'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Solovyov',
  'Vasiliev', 'Zaitsev', 'Pavlov', 'Semyonov', 'Golubev', 'Vinogradov', 'Bogdanov', 'Vorobyov', 'Fyodorov',
  'Mikhailov', 'Belyaev', 'Tarasov', 'Belov', 'Komarov', 'Orlov', 'Kiselyov', 'Makarov', 'Andreev', 'Kowalski',
  'Nowak', 'Wisniewski', 'Lewandowski', 'Schmidt', 'Weber', 'Durand', 'Moreau', 'Sharma', 'Verma', 'Khan', 'Qureshi',
  'Chen', 'Zhang', 'Tanaka', 'Sato', 'Yilmaz', 'Demir', 'Walker', 'Harris', 'Clarke', 'Bennett', 'Foster', 'Hughes',
] as const;

/** Syllables that make plausible town names: an opening and an ending ("Kara" + "kent"). */
export const PLACE_OPENINGS = [
  'Ak', 'Kara', 'Kyzyl', 'Tash', 'Sary', 'Jala', 'Bal', 'Khor', 'Shah', 'Dangh', 'Vakh', 'Isf', 'Pan', 'Mur', 'Yav',
  'Kul', 'Gar', 'Rash', 'Tur', 'Nov', 'Dzhil', 'Ish', 'Rog', 'Fayz', 'Sogd', 'Zar', 'Kan', 'Bokh', 'Shur', 'Nur',
] as const;
export const PLACE_ENDINGS = [
  'abad', 'kent', 'tobe', 'su', 'sai', 'kul', 'dara', 'bek', 'shahr', 'ovka', 'insk', 'yar', 'tau', 'bulak', 'ob',
] as const;
export const PLACE_KINDS = [
  { suffix: '', kind: 'town' },
  { suffix: ' district', kind: 'district' },
  { suffix: ' valley', kind: 'valley' },
  { suffix: ' pass', kind: 'mountain pass' },
  { suffix: ' airfield', kind: 'airfield' },
  { suffix: ' crossing', kind: 'border crossing' },
] as const;

export const MINISTRIES = ['Defence', 'Interior', 'Foreign Affairs', 'Emergency Situations', 'Economy', 'Energy', 'Justice', 'Finance'] as const;
export const FIELDS = ['Strategic', 'Regional', 'Security', 'Caspian', 'Eurasian', 'Border', 'Energy', 'Water', 'Migration', 'Conflict'] as const;
export const INSTITUTIONS = ['Institute', 'Centre', 'Foundation', 'Council', 'Bureau', 'Academy'] as const;
export const COMPANIES = ['Energy', 'Aluminium', 'Gas', 'Cotton', 'Construction', 'Railway', 'Mining', 'Telecom', 'Transport', 'Hydropower'] as const;
export const UNITS = ['Motorized Rifle Brigade', 'Border Detachment', 'Mountain Brigade', 'Air Assault Battalion', 'Engineer Regiment', 'Guards Division'] as const;
export const MOVEMENTS = ['Party', 'Movement', 'Front', 'Union', 'Alliance', 'Congress'] as const;
export const MOVEMENT_WORDS = ['Democratic', 'Renaissance', 'Unity', 'Progress', 'Justice', 'Revival', 'Freedom', 'Labour', 'Agrarian', 'Civic'] as const;

export const EVENT_KINDS = [
  { name: 'summit', kind: 'summit' },
  { name: 'talks', kind: 'negotiations' },
  { name: 'exercise', kind: 'military exercise' },
  { name: 'clashes', kind: 'armed clashes' },
  { name: 'floods', kind: 'natural disaster' },
  { name: 'protests', kind: 'protests' },
  { name: 'conference', kind: 'conference' },
  { name: 'agreement', kind: 'agreement' },
] as const;

export const OUTLET_SUFFIXES = ['Press', 'News Agency', 'Daily', 'Herald', 'Wire', 'Radio', 'Television', 'Courier', 'Times', 'Bulletin'] as const;
export const OUTLET_KINDS: Record<(typeof OUTLET_SUFFIXES)[number], string> = {
  Press: 'news agency', 'News Agency': 'news agency', Daily: 'newspaper', Herald: 'newspaper', Wire: 'news agency',
  Radio: 'radio station', Television: 'television channel', Courier: 'weekly newspaper', Times: 'newspaper', Bulletin: 'news website',
};

/** The publications whose articles the archive holds, with their publishers. */
export const PUBLICATIONS = [
  { name: 'Steppe Security Monitor', publisher: 'Institute for Eurasian Affairs', since: 2004, weight: 6 },
  { name: 'Caspian Affairs Weekly', publisher: 'Caspian Policy Forum', since: 2006, weight: 2 },
  { name: 'Central Asia Defence Review', publisher: 'Highland Analysis Group', since: 2009, weight: 2 },
  { name: 'Pamir Policy Brief', publisher: 'Highland Analysis Group', since: 2012, weight: 1 },
] as const;

export const AUTHORS = [
  'Roger Holt', 'Marina Lenz', 'Daniel Weir', 'Sofia Brandt', 'Igor Tamm', 'Helen Carver', 'Jonas Falk', 'Leila Sadri',
  'Peter Ostrowski', 'Nadia Kemal', 'Arthur Bloom', 'Erkin Saparov', 'Clara Voss', 'Martin Rhee', 'Ruth Abrams',
  'Timur Dostov', 'Grace Whitley', 'Anton Reyes', 'Esther Lund', 'Kamila Yusupova',
] as const;

// The vocabulary of the prose. Phrases are lower case unless they start a sentence.

export const ADJECTIVES = [
  'renewed', 'growing', 'limited', 'cautious', 'uneasy', 'deepening', 'fragile', 'persistent', 'modest', 'substantial',
  'bilateral', 'regional', 'strategic', 'long-standing', 'unresolved', 'increasing', 'declining', 'informal', 'formal',
  'urgent', 'costly', 'ambitious', 'delicate', 'broader', 'narrow', 'traditional', 'competing', 'parallel', 'sporadic',
  'sustained', 'reluctant', 'open', 'quiet', 'public', 'technical', 'military', 'economic', 'political', 'diplomatic',
  'commercial', 'humanitarian', 'logistical', 'financial', 'legal', 'administrative', 'cross-border', 'mountainous',
  'remote', 'porous', 'contested', 'lucrative', 'chronic', 'visible', 'tacit', 'explicit', 'new', 'old', 'joint',
] as const;

export const NOUNS = [
  'security assistance', 'border protection', 'military cooperation', 'drug trafficking', 'arms control', 'energy supply',
  'water sharing', 'labour migration', 'hydropower', 'air mobility', 'counter-terrorism', 'border demarcation',
  'military training', 'equipment deliveries', 'transit routes', 'customs revenue', 'foreign investment', 'debt relief',
  'electricity exports', 'railway construction', 'refugee flows', 'election monitoring', 'media freedom', 'religious policy',
  'opium cultivation', 'smuggling networks', 'peacekeeping', 'intelligence sharing', 'basing rights', 'overflight rights',
  'cotton exports', 'aluminium production', 'gas prices', 'pipeline routes', 'road building', 'mine clearance',
  'officer exchanges', 'weapons procurement', 'air defence', 'border posts', 'patrol boats', 'communications equipment',
  'night-vision equipment', 'helicopter maintenance', 'fuel supplies', 'remittances', 'food security', 'public health',
  'anti-corruption measures', 'judicial reform', 'police reform', 'local government', 'succession politics',
  'party registration', 'press accreditation', 'student exchanges', 'trade quotas', 'visa rules', 'airspace control',
] as const;

export const ABSTRACT_NOUNS = [
  'balance', 'dependence', 'leverage', 'influence', 'rivalry', 'pressure', 'mistrust', 'ambition', 'hesitation',
  'concern', 'commitment', 'caution', 'priority', 'strategy', 'calculation', 'reliance', 'competition', 'partnership',
  'neutrality', 'isolation', 'integration', 'sovereignty', 'stability', 'legitimacy', 'continuity', 'uncertainty',
] as const;

export const VERBS_PAST = [
  'discussed', 'reviewed', 'proposed', 'welcomed', 'criticised', 'questioned', 'endorsed', 'postponed', 'announced',
  'confirmed', 'denied', 'signed', 'outlined', 'rejected', 'raised', 'pledged', 'requested', 'negotiated', 'approved',
  'suspended', 'expanded', 'restricted', 'examined', 'praised', 'delayed', 'financed', 'inspected', 'defended',
] as const;

export const VERBS_PRESENT = [
  'seeks', 'hopes', 'plans', 'intends', 'tries', 'appears', 'continues', 'prefers', 'struggles', 'wants', 'needs', 'aims',
] as const;

export const INFINITIVES = [
  'strengthen', 'expand', 'diversify', 'renegotiate', 'secure', 'modernize', 'reduce', 'limit', 'protect', 'balance',
  'finance', 'rebuild', 'formalize', 'monitor', 'restore', 'coordinate', 'widen', 'revive', 'reform', 'safeguard',
] as const;

export const OFFICIAL_TITLES = [
  'the defence minister', 'the foreign minister', 'the interior minister', 'a deputy prime minister', 'the ambassador',
  'a senior border official', 'the presidential spokesman', 'a parliamentary deputy', 'the chief of the general staff',
  'an opposition leader', 'a regional governor', 'the head of the security service', 'a military attaché',
] as const;

export const ANALYSTS = [
  'Local analysts', 'Western diplomats', 'Regional observers', 'Officials in the capital', 'Opposition figures',
  'Independent journalists', 'Military experts', 'Economists', 'Human rights groups', 'Several commentators',
] as const;

/** Publishers of the works that editorial notes cite in their footnotes. */
export const FOOTNOTE_PUBLISHERS = [
  'Central Asia Research Network', 'Regional Security Digest', 'Archive of Eurasian Reports', 'Border Studies Quarterly',
  'Caucasus and Central Asia Review', 'Open Security Library', 'Steppe Documents Project', 'Mountain Policy Papers',
  'Foreign Ministry Press Office', 'United Nations Regional Office', 'Development Bank Report Series', 'Election Observation Mission',
] as const;
