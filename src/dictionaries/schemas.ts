/**
 * The schemas of the dictionary tables in `data/` (one zod object per file, over its columns; every
 * value arrives as a string). Documented column by column in `data/actors/README.md`,
 * `data/gazetteer/README.md` and `data/sources/README.md`.
 */
import { z } from 'zod';
import { COUNTRY_RE, SECTORS } from '../recognize/codes.js';

const iso3 = z.string().regex(COUNTRY_RE, 'expected an ISO 3166-1 alpha-3 code such as SYR');
const sector = z.enum(SECTORS);
const optSector = z.union([z.literal(''), sector]);
const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** `gazetteer/countries.tsv`: one row per ISO 3166-1 entry. */
export const COUNTRY_SCHEMA = z.object({
  id: z.string().regex(/^country:[A-Z]{3}$/, 'expected country:ISO3'), iso3, name_en: z.string().min(1), names_en_alt: z.string(),
  names_ar: z.string().min(1), nisba_ar: z.string(), nisba_plural_ar: z.string(), demonym_en: z.string(),
});

/** `gazetteer/places.tsv`: cities, governorates, seats of power, with WGS84 coordinates. */
export const PLACE_SCHEMA = z.object({
  id: z.string().regex(/^place:[A-Z]{3}:[a-z0-9-]+$/, 'expected place:ISO3:slug'), name_en: z.string().min(1), names_ar: z.string().min(1), iso3,
  kind: z.enum(['capital', 'seat', 'city', 'governorate', 'region', 'landmark']),
  lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180),
});

/** `gazetteer/metonyms.tsv`: seats of power that stand for a government («الكرملين», «the White House»). */
export const METONYM_SCHEMA = z.object({
  id: z.string().regex(/^metonym:[A-Z]{3}:[a-z0-9-]+:(ar|en)\d*$/, 'expected metonym:ISO3:slug:lang, lang optionally numbered (:ar2)'), iso3, lang: z.enum(['ar', 'en']),
  phrase: z.string().min(1), sector, name_en: z.string().min(1),
});

/** `actors/organizations.tsv`: international organisations and named non-state actors. */
export const ORGANIZATION_SCHEMA = z.object({
  id: z.string().regex(/^org:[a-z0-9-]+$/, 'expected org:slug'), org: z.string().regex(/^[A-Z0-9+&.-]*$/, 'expected an upper-case acronym or nothing'),
  country: iso3, sector: optSector, name_en: z.string().min(1), names_en_alt: z.string(), names_ar: z.string(), nisba_ar: z.string(),
});

/** `actors/agents.tsv`: titles, bodies and kinds of people with their sector. */
export const AGENT_SCHEMA = z.object({
  id: z.string().regex(/^agent:(ar|en):[a-z0-9-]+$/, 'expected agent:lang:slug'), lang: z.enum(['ar', 'en']), phrase: z.string().min(1), plural: z.string(),
  sector, role_en: z.string(), kind: z.enum(['title', 'body', 'group']), country: z.union([z.literal(''), iso3]),
});

/** `actors/people.tsv`: people in dated roles. */
export const PERSON_SCHEMA = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+(:\d+)?$/, 'expected person:slug or person:slug:N'), name_en: z.string().min(1), names_en_alt: z.string(), names_ar: z.string(),
  country: iso3, org: z.string().regex(/^[A-Z]*$/, 'expected an upper-case acronym or nothing'), sector, role_en: z.string().min(1),
  from: isoDate, to: z.union([z.literal(''), isoDate]),
});

/** `actors/offices.tsv`: which roles of people.tsv fill the same seat, one holder at a time. */
export const OFFICE_SCHEMA = z.object({
  id: z.string().regex(/^office:[a-z0-9-]+$/, 'expected office:slug'), role_en: z.string().min(1),
  seat: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case seat name such as head-of-state'), note: z.string(),
});

/** `actors/anaphors.tsv`: words that refer back to actors. */
export const ANAPHOR_SCHEMA = z.object({
  id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/, 'expected lang-slug'), lang: z.enum(['ar', 'en']), phrase: z.string().min(1),
  kind: z.enum(['pair', 'own-country', 'counterpart']), note: z.string(),
});

/** `gazetteer/common-words.tsv`: names that are also common words. */
export const COMMON_WORD_SCHEMA = z.object({
  id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/, 'expected lang-slug'), lang: z.enum(['ar', 'en']), word: z.string().min(1), meaning: z.string(),
});

/** `actors/stop-words.tsv`: function and common words that are never actors («أمام» is not «إمام»). */
export const STOP_WORD_SCHEMA = z.object({
  id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/, 'expected lang-slug'), lang: z.enum(['ar', 'en']), word: z.string().min(1), keeps: z.string(),
  kind: z.enum(['preposition', 'particle', 'conjunction', 'pronoun', 'adverb', 'noun', 'verb', 'participle', 'adjective']), gloss: z.string().min(1), collides: z.string(),
});

/** `actors/given-names.tsv`: common Arabic given names, read whole and as the start of an unknown name. */
export const GIVEN_NAME_SCHEMA = z.object({
  id: z.string().regex(/^name:[a-z0-9-]+$/, 'expected name:slug'), name: z.string().regex(/^[\u0621-\u064a]+$/u, 'expected one Arabic word without harakat'),
  gender: z.enum(['m', 'f']),
});

/** `gazetteer/place-aliases.tsv`: other names of a place of places.tsv. */
export const PLACE_ALIAS_SCHEMA = z.object({
  id: z.string().regex(/^alias:[a-z0-9-]+$/, 'expected alias:slug'), place: z.string().regex(/^place:[A-Z]{3}:[a-z0-9-]+$/, 'expected place:ISO3:slug'),
  lang: z.enum(['ar', 'en']), alias: z.string().min(1),
});

/** `gazetteer/homographs.tsv`: one spelling, two places, and the evidence that picks one. */
export const HOMOGRAPH_SCHEMA = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case slug'), word: z.string().min(1),
  entry: z.string().regex(/^(country:[A-Z]{3}|place:[A-Z]{3}:[a-z0-9-]+)$/, 'expected country:ISO3 or place:ISO3:slug'),
  vowelled: z.string(), before: z.string(), near: z.string().regex(/^([A-Z]{3}(\|[A-Z]{3})*)?$/, 'expected |-separated ISO3 codes'),
});

/** `sources/outlets.tsv`: news outlets and their home country. */
export const OUTLET_SCHEMA = z.object({
  id: z.string().regex(/^outlet:[a-z0-9-]+$/, 'expected outlet:slug'), name_en: z.string().min(1), names_ar: z.string(),
  iso3, domain: z.string(),
});
