/**
 * Checks across the dictionary tables, beyond each row's schema: codes that must name something
 * known (a country of countries.tsv, an organisation of organizations.tsv), ids that must agree
 * with their columns, organisations that need an acronym, and impossible dated roles. Used at load
 * (errors throw) and by `marsad lint` (everything is listed, with warnings).
 */
import type { IssueSink } from '../data/tsv.js';
import { NON_STATE_CODES } from '../recognize/codes.js';
import { checkHomographs } from '../recognize/homographs.js';
import { checkRoles } from './roles-check.js';
import { checkSurfaceForms } from './surface-check.js';
import type { DictionaryTables } from './tables.js';
import { normalizeWord } from '../text/normalize.js';

interface Located { file: string; line: number }

const NON_STATE = new Set<string>(NON_STATE_CODES);
const INTERNATIONAL = new Set(['IGO', 'NGO']);

function list(values: Iterable<string>): string {
  const all = [...values];
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
}

/** What the tables define, for checking references. */
interface Known { countries: ReadonlySet<string>; orgs: ReadonlySet<string> }

function checkCountry(r: Located, field: string, code: string, known: Known, sink: IssueSink, nonState: boolean): void {
  if (code === '' || known.countries.has(code) || (nonState && NON_STATE.has(code))) return;
  const also = nonState ? ` or a non-state code (${list(NON_STATE)})` : '';
  sink.error(r.file, r.line, `field "${field}": unknown country code "${code}" (expected an iso3 of gazetteer/countries.tsv${also})`);
}

function checkIdCode(r: Located & { id: string }, code: string, field: string, sink: IssueSink): void {
  const inId = r.id.split(':')[1];
  if (inId !== code) sink.error(r.file, r.line, `field "id": "${r.id}" names ${inId ?? 'no country'} but ${field} is ${code}; expected the same ISO3 in both`);
}

function checkOrganizations(t: DictionaryTables, known: Known, sink: IssueSink): void {
  for (const r of t.organizations) {
    checkCountry(r, 'country', r.country, known, sink, true);
    if (INTERNATIONAL.has(r.country) && !r.org) sink.error(r.file, r.line, `field "org": an ${r.country} row needs its acronym (UN, EU, ARL, ICRC…)`);
    if (INTERNATIONAL.has(r.country) && r.sector) sink.error(r.file, r.line, `field "sector": expected empty for an ${r.country} row (found "${r.sector}"); an international organisation has no state sector`);
  }
}

function checkPeople(t: DictionaryTables, known: Known, sink: IssueSink): void {
  for (const r of t.people) {
    checkCountry(r, 'country', r.country, known, sink, true);
    if (r.org && !known.orgs.has(r.org)) sink.error(r.file, r.line, `field "org": unknown organisation "${r.org}" (expected an org of actors/organizations.tsv: ${list(known.orgs)})`);
    if (r.country === 'IGO' && !r.org) sink.error(r.file, r.line, 'field "org": an IGO official needs the organisation (UN, ARL, GCC, OIC, EU…)');
  }
  checkRoles(t, sink);
}

function checkOffices(t: DictionaryTables, sink: IssueSink): void {
  const seen = new Map<string, Located>();
  for (const r of t.offices) {
    const first = seen.get(r.role_en);
    if (first) sink.error(r.file, r.line, `field "role_en": "${r.role_en}" is already given a seat on line ${first.line}; expected each role once`);
    else seen.set(r.role_en, r);
  }
}

/**
 * Checks the tables against each other.
 *
 * @param tables - validated tables
 * @param sink - receives errors (unknown codes, ids that disagree with their columns, impossible
 *   roles) and, when `warnings` is true, warnings (names shared by two entries of one table)
 */
export function checkTables(tables: DictionaryTables, sink: IssueSink, warnings = false): void {
  const known: Known = {
    countries: new Set(tables.countries.map((r) => r.iso3)),
    orgs: new Set(tables.organizations.flatMap((r) => (r.org ? [r.org] : []))),
  };
  for (const r of tables.countries) checkIdCode(r, r.iso3, 'iso3', sink);
  for (const r of tables.places) {
    checkIdCode(r, r.iso3, 'iso3', sink);
    checkCountry(r, 'iso3', r.iso3, known, sink, false);
  }
  const placeIds = new Set(tables.places.map((r) => r.id));
  for (const r of tables.placeAliases) {
    if (!placeIds.has(r.place)) sink.error(r.file, r.line, `field "place": unknown place "${r.place}" (expected an id of gazetteer/places.tsv)`);
  }
  for (const r of tables.metonyms) {
    checkIdCode(r, r.iso3, 'iso3', sink);
    checkCountry(r, 'iso3', r.iso3, known, sink, false);
    if (!new RegExp(`:${r.lang}\\d*$`).test(r.id)) sink.error(r.file, r.line, `field "id": "${r.id}" should end with its language (:${r.lang}, :${r.lang}2…)`);
  }
  for (const r of tables.agents) checkCountry(r, 'country', r.country, known, sink, true);
  for (const r of tables.outlets) checkCountry(r, 'iso3', r.iso3, known, sink, false);
  checkOrganizations(tables, known, sink);
  checkOffices(tables, sink);
  checkPeople(tables, known, sink);
  checkHomographs(tables, sink);
  for (const r of [...tables.stopWords, ...tables.triggerStopWords]) checkStopWord(r, sink);
  if (warnings) checkSurfaceForms(tables, sink);
}

/** A stop word is one word that has letters once normalized (a vowel mark or punctuation alone can never match a token). */
function checkStopWord(r: Located & { word: string }, sink: IssueSink): void {
  const form = normalizeWord(r.word.trim());
  if (/\s/.test(r.word.trim())) sink.error(r.file, r.line, `field "word": "${r.word}" is more than one word (expected one word as printed)`);
  else if (!/\p{L}/u.test(form)) sink.error(r.file, r.line, `field "word": "${r.word}" has no letters once vowel marks are removed (expected a word)`);
}
