/**
 * Shared, read-only resources for the pipeline: the compiled lexicons of each language (actors,
 * event triggers, objects, cues) and the outlet table. Built once per process and reused for every
 * document; compilation happens here, at load, never at build time (DESIGN §4).
 */
import { type CuePayload, loadCues } from './code/cues.js';
import { type EventRule, loadRules, type ObjectPayload } from './code/rules.js';
import { type CalendarPayload, loadCalendar } from './dates/calendar.js';
import { type DataLayers, dataLayers, layersKey } from './data/layers.js';
import { THROWING_SINK, variants } from './data/tsv.js';
import { checkTables } from './dictionaries/checks.js';
import { DataError } from './errors.js';
import { readTables, type DictionaryTables } from './dictionaries/tables.js';
import { compileLexicon, type Lexicon } from './lexicon/lexicon.js';
import type { LexEntry } from './lexicon/lexicon.js';
import type { Lang } from './model/document.js';
import { actorEntries } from './recognize/dictionaries.js';
import { NON_STATE_CODES } from './recognize/codes.js';
import type { ActorPayload } from './recognize/payload.js';
import { Homographs } from './recognize/homographs.js';
import { StopWords } from './recognize/stop-words.js';
import { WholeWords } from './recognize/whole-words.js';
import { normalizeWord } from './text/normalize.js';

/** Compiled lexicons of one language. */
export interface LanguageResources {
  actors: Lexicon<ActorPayload>;
  triggers: Lexicon<EventRule>;
  objects: Lexicon<ObjectPayload>;
  cues: Lexicon<CuePayload>;
  calendar: Lexicon<CalendarPayload>;
  rules: ReadonlyMap<string, EventRule>;
}

/** A news outlet and its home country. */
export interface Outlet { id: string; name: string; names: string[]; country: string; domain: string }

/** Everything the stages read. */
export interface Resources {
  lang: Record<Lang, LanguageResources>;
  outlets: Outlet[];
  /** Normalized names that are also common words (`data/gazetteer/common-words.tsv`). */
  commonWords: ReadonlySet<string>;
  /** Function and common words never read as actors (`data/actors/stop-words.tsv`), by language. */
  stopWords: Record<Lang, StopWords>;
  /** Words never read as event triggers, per language. */
  triggerStopWords: Record<Lang, StopWords>;
  /** Place names one spelling gives to two places, and the evidence that picks one (`data/gazetteer/homographs.tsv`). */
  homographs: Homographs;
  /** Arabic words known whole (names, places, titles), which no proclitic split reads otherwise. */
  wholeWords: WholeWords;
  /** Every country code the dictionaries know (ISO 3166-1 alpha-3 and the non-state codes). */
  countryCodes: ReadonlySet<string>;
}

function languageResources(lang: Lang, layers: DataLayers, actors: ReadonlyArray<LexEntry<ActorPayload>>): LanguageResources {
  const ruleSet = loadRules(lang, layers);
  return {
    actors: compileLexicon(actors.filter((e) => e.lang === lang)),
    triggers: compileLexicon(ruleSet.triggers),
    objects: compileLexicon(ruleSet.objects),
    cues: compileLexicon(loadCues(lang, layers), true),
    calendar: compileLexicon(loadCalendar(lang, layers)),
    rules: ruleSet.rules,
  };
}

function outlets(t: DictionaryTables): Outlet[] {
  return t.outlets.map((r) => {
    // «Syrian Arab News Agency (SANA)»: the acronym in parentheses is a name too
    const acronym = /\(([^)]+)\)/.exec(r.name_en)?.[1];
    const plain = r.name_en.replace(/\s*\([^)]*\)/, '');
    return { id: r.id, name: r.name_en, names: [r.name_en, plain, ...(acronym ? [acronym] : []), ...variants(r.names_ar)], country: r.iso3, domain: r.domain };
  });
}

function stopWords(table: DictionaryTables['stopWords']): Record<Lang, StopWords> {
  const rows = (lang: Lang): StopWords => new StopWords(table.filter((r) => r.lang === lang).map((r) => ({ id: r.id, lang: r.lang, word: r.word, keeps: variants(r.keeps), kind: r.kind })));
  return { ar: rows('ar'), en: rows('en') };
}

/** Resources already built, by dictionaries folder ("" = the built-in dictionaries alone). */
const cache = new Map<string, Resources>();

/**
 * The resources for a set of dictionaries, loaded, checked and compiled on first use and then kept
 * for the life of the process.
 *
 * @param dictionaries - a user's folder laid out like `data/` whose files are read over the
 *   built-in ones (see `src/data/layers.ts`), or undefined for the built-in dictionaries alone
 * @throws InputError when the folder does not exist; DataError naming `file:line` and the field
 *   when a dictionary (built-in or the user's) is malformed or names an unknown code
 */
export function loadResources(dictionaries?: string | null): Resources {
  const layers = dataLayers(dictionaries);
  const key = layersKey(layers);
  const cached = cache.get(key);
  if (cached) return cached;
  let tables: DictionaryTables;
  try {
    tables = readTables(layers);
    checkTables(tables, THROWING_SINK);
  } catch (err) {
    if (err instanceof DataError && layers.user) err.message += ` (run "marsad lint ${dictionaries}" to list every problem)`;
    throw err;
  }
  const actors = actorEntries(tables);
  const built: Resources = {
    lang: { ar: languageResources('ar', layers, actors), en: languageResources('en', layers, actors) },
    outlets: outlets(tables),
    commonWords: new Set(tables.commonWords.map((r) => normalizeWord(r.word))),
    stopWords: stopWords(tables.stopWords),
    triggerStopWords: stopWords(tables.triggerStopWords),
    wholeWords: new WholeWords(tables),
    homographs: new Homographs(tables),
    countryCodes: new Set([...tables.countries.map((r) => r.iso3), ...NON_STATE_CODES]),
  };
  cache.set(key, built);
  return built;
}

/** How an outlet name was resolved. */
export type OutletMatch = { status: 'found'; outlet: Outlet } | { status: 'unknown' } | { status: 'ambiguous'; countries: string[] };

/**
 * Looks an outlet up by any of its names (normalized), its acronym or its domain.
 *
 * @returns the outlet; `ambiguous` when outlets of different countries share the name (الوطن is
 *   Syrian, Saudi and Qatari); `unknown` when none has it
 */
export function findOutlet(resources: Resources, source: string): OutletMatch {
  const key = normalizeWord(source.trim());
  const names = outletNames(resources.outlets);
  const found = resources.outlets.filter((o, k) => names[k]?.has(key) || (o.domain !== '' && key.includes(o.domain)));
  const countries = [...new Set(found.map((o) => o.country))];
  if (countries.length > 1) return { status: 'ambiguous', countries };
  return found[0] ? { status: 'found', outlet: found[0] } : { status: 'unknown' };
}

/** Each outlet's names, normalized once per outlet table (parallel to the table). */
const normalizedNames = new WeakMap<readonly Outlet[], ReadonlyArray<ReadonlySet<string>>>();

function outletNames(outlets: readonly Outlet[]): ReadonlyArray<ReadonlySet<string>> {
  let names = normalizedNames.get(outlets);
  if (!names) normalizedNames.set(outlets, (names = outlets.map((o) => new Set(o.names.map(normalizeWord)))));
  return names;
}

/**
 * The home country of an outlet named by the user.
 *
 * @returns ISO 3166-1 alpha-3, or null when the outlet is unknown or its name is ambiguous
 */
export function outletCountry(resources: Resources, source: string | null): string | null {
  if (!source) return null;
  const m = findOutlet(resources, source);
  return m.status === 'found' ? m.outlet.country : null;
}
