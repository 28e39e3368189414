/**
 * Builds the actor-layer lexicon entries (countries, nisbas, places, metonyms, organisations,
 * agents, people, anaphors) from the validated dictionary tables (`src/dictionaries/tables.ts`),
 * each with an {@link ActorPayload}.
 */
import { variants } from '../data/tsv.js';
import type { DictionaryTables } from '../dictionaries/tables.js';
import { type LexEntry, phraseWords } from '../lexicon/lexicon.js';
import type { Lang } from '../model/document.js';
import type { ActorPayload, AnaphorKind, PersonRole, PlaceRecord } from './payload.js';

type Entry = LexEntry<ActorPayload>;

/** Makes entries for each phrase variant of one record. */
function entries(idBase: string, lang: Lang, phrases: string[], cls: 'fixed' | 'noun' | 'title' | 'nisba', payload: ActorPayload, extra: string[] = []): Entry[] {
  return phrases.map((p, k) => ({
    id: k === 0 ? idBase : `${idBase}#${k}`,
    lang,
    words: phraseWords(p, lang, cls, extra),
    payload,
  }));
}

function countries(t: DictionaryTables): Entry[] {
  return t.countries.flatMap((r) => {
    const country: ActorPayload = { type: 'country', country: r.iso3, name: r.name_en };
    const nisba: ActorPayload = { type: 'nisba', country: r.iso3, org: null, name: r.name_en };
    return [
      ...entries(r.id, 'ar', variants(r.names_ar), 'fixed', country),
      ...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', country),
      ...entries(`${r.id}:nisba`, 'ar', variants(r.nisba_ar), 'nisba', nisba, variants(r.nisba_plural_ar)),
      ...entries(`${r.id}:demonym`, 'en', variants(r.demonym_en), 'fixed', nisba),
    ];
  });
}

function places(t: DictionaryTables): Entry[] {
  const aliases = new Map<string, Array<{ lang: Lang; alias: string }>>();
  for (const a of t.placeAliases) aliases.set(a.place, [...(aliases.get(a.place) ?? []), { lang: a.lang, alias: a.alias }]);
  return t.places.flatMap((r) => {
    const place: PlaceRecord = { id: r.id, name: r.name_en, country: r.iso3, kind: r.kind, lat: r.lat, lon: r.lon };
    const other = (lang: Lang): string[] => (aliases.get(r.id) ?? []).filter((a) => a.lang === lang).map((a) => a.alias);
    return [
      ...entries(r.id, 'ar', [...variants(r.names_ar), ...other('ar')], 'fixed', { type: 'place', place }),
      ...entries(`${r.id}:en`, 'en', [r.name_en, ...other('en')], 'fixed', { type: 'place', place }),
    ];
  });
}

function metonyms(t: DictionaryTables): Entry[] {
  return t.metonyms.flatMap((r) => entries(r.id, r.lang, [r.phrase], 'fixed', { type: 'metonym', country: r.iso3, sector: r.sector, name: r.name_en }));
}

function organizations(t: DictionaryTables): Entry[] {
  return t.organizations.flatMap((r) => {
    const payload: ActorPayload = { type: 'org', org: r.org || null, country: r.country, sector: r.sector || null, name: r.name_en };
    const nisba: ActorPayload = { type: 'nisba', country: r.country, org: r.org || null, name: r.name_en };
    return [
      ...entries(r.id, 'ar', variants(r.names_ar), 'fixed', payload),
      ...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', payload),
      ...entries(`${r.id}:nisba`, 'ar', variants(r.nisba_ar), 'nisba', nisba),
    ];
  });
}

function agents(t: DictionaryTables): Entry[] {
  return t.agents.flatMap((r) =>
    entries(r.id, r.lang, [r.phrase], r.kind === 'body' ? 'noun' : 'title', { type: 'agent', sector: r.sector, role: r.role_en || null, kind: r.kind, country: r.country || null }, variants(r.plural)));
}

function people(t: DictionaryTables): Entry[] {
  return t.people.flatMap((r) => {
    const person: PersonRole = { id: r.id, name: r.name_en, country: r.country, org: r.org || null, sector: r.sector, role: r.role_en, from: r.from, to: r.to || null };
    return [
      ...entries(r.id, 'ar', variants(r.names_ar), 'fixed', { type: 'person', person }),
      ...entries(`${r.id}:en`, 'en', [r.name_en, ...variants(r.names_en_alt)], 'fixed', { type: 'person', person }),
    ];
  });
}

function anaphors(t: DictionaryTables): Entry[] {
  return t.anaphors.flatMap((r) =>
    entries(`anaphor:${r.id}`, r.lang, [r.phrase], r.kind === 'pair' ? 'fixed' : 'noun', { type: 'anaphor', anaphor: r.kind as AnaphorKind }));
}

/**
 * Every actor-layer lexicon entry of the tables.
 *
 * @param tables - validated tables (see `readTables`; cross-table checks are `checkTables`')
 */
export function actorEntries(tables: DictionaryTables): Entry[] {
  return [...countries(tables), ...places(tables), ...metonyms(tables), ...organizations(tables), ...agents(tables), ...people(tables), ...anaphors(tables)];
}
