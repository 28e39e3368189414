/**
 * Shared, read-only resources for the pipeline: the compiled lexicons of each language (actors,
 * event triggers, objects, cues) and the outlet table. Built once per process and reused for every
 * document; compilation happens here, at load, never at build time (DESIGN §4).
 */
import { z } from 'zod';
import { type CuePayload, loadCues } from './code/cues.js';
import { type EventRule, loadRules, type ObjectPayload } from './code/rules.js';
import { type CalendarPayload, loadCalendar } from './dates/calendar.js';
import { dataPath } from './data/paths.js';
import { readTsv, variants } from './data/tsv.js';
import { compileLexicon, type Lexicon } from './lexicon/lexicon.js';
import type { Lang } from './model/document.js';
import { loadActorEntries } from './recognize/dictionaries.js';
import { NON_STATE_CODES } from './recognize/codes.js';
import type { ActorPayload } from './recognize/payload.js';
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
  /** Every country code the dictionaries know (ISO 3166-1 alpha-3 and the non-state codes). */
  countryCodes: ReadonlySet<string>;
}

function loadCommonWords(): Set<string> {
  const schema = z.object({ id: z.string().regex(/^(ar|en)-[a-z0-9-]+$/), lang: z.enum(['ar', 'en']), word: z.string().min(1), meaning: z.string() });
  return new Set(readTsv(dataPath('gazetteer', 'common-words.tsv'), schema).map((r) => normalizeWord(r.word)));
}

function languageResources(lang: Lang, actorEntries: ReturnType<typeof loadActorEntries>): LanguageResources {
  const ruleSet = loadRules(lang);
  return {
    actors: compileLexicon(actorEntries.filter((e) => e.lang === lang)),
    triggers: compileLexicon(ruleSet.triggers),
    objects: compileLexicon(ruleSet.objects),
    cues: compileLexicon(loadCues(lang), true),
    calendar: compileLexicon(loadCalendar(lang)),
    rules: ruleSet.rules,
  };
}

function loadOutlets(): Outlet[] {
  const schema = z.object({
    id: z.string().regex(/^outlet:[a-z0-9-]+$/), name_en: z.string().min(1), names_ar: z.string(),
    iso3: z.string().regex(/^[A-Z]{3}$/), domain: z.string(),
  });
  return readTsv(dataPath('sources', 'outlets.tsv'), schema).map((r) => {
    // «Syrian Arab News Agency (SANA)»: the acronym in parentheses is a name too
    const acronym = /\(([^)]+)\)/.exec(r.name_en)?.[1];
    const plain = r.name_en.replace(/\s*\([^)]*\)/, '');
    return { id: r.id, name: r.name_en, names: [r.name_en, plain, ...(acronym ? [acronym] : []), ...variants(r.names_ar)], country: r.iso3, domain: r.domain };
  });
}

let shared: Resources | null = null;

/**
 * The process-wide resources, loaded and compiled on first use.
 *
 * @throws DataError when any shipped data file is malformed
 */
export function loadResources(): Resources {
  if (shared) return shared;
  const actorEntries = loadActorEntries();
  shared = {
    lang: { ar: languageResources('ar', actorEntries), en: languageResources('en', actorEntries) },
    outlets: loadOutlets(),
    commonWords: loadCommonWords(),
    countryCodes: new Set([...actorEntries.flatMap((e) => (e.payload.type === 'country' ? [e.payload.country] : [])), ...NON_STATE_CODES]),
  };
  return shared;
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
