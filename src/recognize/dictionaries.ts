/**
 * Loads the actor-layer dictionaries of `data/` (countries, nisbas, places, metonyms, organisations,
 * agents, anaphors) into lexicon entries with an {@link ActorPayload}. Every file is validated at
 * load; a bad line throws a DataError naming file:line and the field.
 */
import { z } from 'zod';
import { dataPath } from '../data/paths.js';
import { readTsv, variants } from '../data/tsv.js';
import { type LexEntry, phraseWords } from '../lexicon/lexicon.js';
import type { Lang } from '../model/document.js';
import { COUNTRY_RE, SECTORS } from './codes.js';
import { DataError } from '../errors.js';
import type { ActorPayload, AnaphorKind, PersonRole, PlaceRecord } from './payload.js';

type Entry = LexEntry<ActorPayload>;
const iso3 = z.string().regex(COUNTRY_RE, 'expected an ISO 3166-1 alpha-3 code such as SYR');
const sector = z.enum(SECTORS);
const optSector = z.union([z.literal(''), sector]);

/** Makes entries for each phrase variant of one record. */
function entries(idBase: string, lang: Lang, phrases: string[], cls: 'fixed' | 'noun' | 'title' | 'nisba', payload: ActorPayload, extra: string[] = []): Entry[] {
  return phrases.map((p, k) => ({
    id: k === 0 ? idBase : `${idBase}#${k}`,
    lang,
    words: phraseWords(p, lang, cls, extra),
    payload,
  }));
}

function countries(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^country:[A-Z]{3}$/), iso3, name_en: z.string().min(1), names_en_alt: z.string(),
    names_ar: z.string().min(1), nisba_ar: z.string(), nisba_plural_ar: z.string(), demonym_en: z.string(),
  });
  const out: Entry[] = [];
  for (const r of readTsv(dataPath('gazetteer', 'countries.tsv'), schema)) {
    const country: ActorPayload = { type: 'country', country: r.iso3, name: r.name_en };
    const nisba: ActorPayload = { type: 'nisba', country: r.iso3, org: null, name: r.name_en };
    out.push(...entries(r.id, 'ar', variants(r.names_ar), 'fixed', country));
    out.push(...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', country));
    out.push(...entries(`${r.id}:nisba`, 'ar', variants(r.nisba_ar), 'nisba', nisba, variants(r.nisba_plural_ar)));
    out.push(...entries(`${r.id}:demonym`, 'en', variants(r.demonym_en), 'fixed', nisba));
  }
  return out;
}

function places(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^place:[A-Z]{3}:[a-z0-9-]+$/), name_en: z.string().min(1), names_ar: z.string().min(1), iso3,
    kind: z.enum(['capital', 'seat', 'city', 'governorate', 'region', 'landmark']),
    lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180),
  });
  const out: Entry[] = [];
  for (const r of readTsv(dataPath('gazetteer', 'places.tsv'), schema)) {
    const place: PlaceRecord = { id: r.id, name: r.name_en, country: r.iso3, kind: r.kind, lat: r.lat, lon: r.lon };
    out.push(...entries(r.id, 'ar', variants(r.names_ar), 'fixed', { type: 'place', place }));
    out.push(...entries(`${r.id}:en`, 'en', [r.name_en], 'fixed', { type: 'place', place }));
  }
  return out;
}

function metonyms(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^metonym:/), iso3, lang: z.enum(['ar', 'en']), phrase: z.string().min(1), sector, name_en: z.string().min(1),
  });
  return readTsv(dataPath('gazetteer', 'metonyms.tsv'), schema).flatMap((r) =>
    entries(r.id, r.lang, [r.phrase], 'fixed', { type: 'metonym', country: r.iso3, sector: r.sector, name: r.name_en }));
}

function organizations(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^org:[a-z0-9-]+$/), org: z.string().regex(/^[A-Z0-9+&.-]*$/, 'expected an upper-case acronym or nothing'),
    country: iso3, sector: optSector, name_en: z.string().min(1), names_en_alt: z.string(), names_ar: z.string(), nisba_ar: z.string(),
  });
  const out: Entry[] = [];
  for (const r of readTsv(dataPath('actors', 'organizations.tsv'), schema)) {
    const payload: ActorPayload = { type: 'org', org: r.org || null, country: r.country, sector: r.sector || null, name: r.name_en };
    out.push(...entries(r.id, 'ar', variants(r.names_ar), 'fixed', payload));
    out.push(...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', payload));
    const nisba: ActorPayload = { type: 'nisba', country: r.country, org: r.org || null, name: r.name_en };
    out.push(...entries(`${r.id}:nisba`, 'ar', variants(r.nisba_ar), 'nisba', nisba));
  }
  return out;
}

function agents(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^agent:(ar|en):[a-z0-9-]+$/), lang: z.enum(['ar', 'en']), phrase: z.string().min(1), plural: z.string(),
    sector, role_en: z.string(), kind: z.enum(['title', 'body', 'group']), country: z.union([z.literal(''), iso3]),
  });
  return readTsv(dataPath('actors', 'agents.tsv'), schema).flatMap((r) =>
    entries(r.id, r.lang, [r.phrase], r.kind === 'body' ? 'noun' : 'title', { type: 'agent', sector: r.sector, role: r.role_en || null, kind: r.kind, country: r.country || null }, variants(r.plural)));
}

function people(): Entry[] {
  const date = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
  const schema = z.object({
    id: z.string().regex(/^person:[a-z0-9-]+(:\d+)?$/), name_en: z.string().min(1), names_en_alt: z.string(), names_ar: z.string(),
    country: iso3, org: z.string().regex(/^[A-Z]*$/, 'expected an upper-case acronym or nothing'), sector, role_en: z.string().min(1),
    from: date, to: z.union([z.literal(''), date]),
  });
  const file = dataPath('actors', 'people.tsv');
  return readTsv(file, schema).flatMap((r) => {
    if (r.to && r.to < r.from) throw new DataError(file, r.line, `field "to": ends (${r.to}) before it starts (${r.from})`);
    if (r.country === 'IGO' && !r.org) throw new DataError(file, r.line, 'field "org": an IGO official needs the organisation (UN, ARL, GCC, OIC, EU…)');
    const person: PersonRole = { id: r.id, name: r.name_en, country: r.country, org: r.org || null, sector: r.sector, role: r.role_en, from: r.from, to: r.to || null };
    return [
      ...entries(r.id, 'ar', variants(r.names_ar), 'fixed', { type: 'person', person }),
      ...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', { type: 'person', person }),
    ];
  });
}

function anaphors(): Entry[] {
  const schema = z.object({
    id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/), lang: z.enum(['ar', 'en']), phrase: z.string().min(1),
    kind: z.enum(['pair', 'own-country', 'counterpart']), note: z.string(),
  });
  return readTsv(dataPath('actors', 'anaphors.tsv'), schema).flatMap((r) =>
    entries(`anaphor:${r.id}`, r.lang, [r.phrase], r.kind === 'pair' ? 'fixed' : 'noun', { type: 'anaphor', anaphor: r.kind as AnaphorKind }));
}

/**
 * Every actor-layer entry from the shipped dictionaries.
 *
 * @throws DataError for the first malformed line of any file
 */
export function loadActorEntries(): Entry[] {
  return [...countries(), ...places(), ...metonyms(), ...organizations(), ...agents(), ...people(), ...anaphors()];
}
