/**
 * Checks across dictionary tables, on a tiny fictional dictionary (PETRARCH's Arnor and Gondor), so
 * that the mechanism is tested rather than the shipped data.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IssueSink } from '../data/tsv.js';
import { checkTables } from './checks.js';
import type { DictionaryTables } from './tables.js';

type Person = DictionaryTables['people'][number];

let line = 1;
const at = <T>(row: T): T & { file: string; line: number } => ({ ...row, file: 'fixture.tsv', line: ++line });

function country(iso3: string, names_ar: string, nisba_ar = ''): DictionaryTables['countries'][number] {
  return at({ id: `country:${iso3}`, iso3, name_en: iso3, names_en_alt: '', names_ar, nisba_ar, nisba_plural_ar: '', demonym_en: '' });
}

function person(id: string, country: string, role_en: string, from: string, to = '', org = ''): Person {
  return at({ id, name_en: id, names_en_alt: '', names_ar: '', country, org, sector: 'GOV', role_en, from, to });
}

function tables(over: Partial<DictionaryTables> = {}): DictionaryTables {
  return {
    countries: [country('ARN', 'أرنور', 'أرنوري'), country('GND', 'غوندور', 'غوندوري')],
    places: [], placeAliases: [], metonyms: [], agents: [], anaphors: [], commonWords: [], stopWords: [], triggerStopWords: [], givenNames: [], homographs: [], outlets: [],
    organizations: [at({ id: 'org:council', org: 'WC', country: 'IGO', sector: '', name_en: 'White Council', names_en_alt: '', names_ar: '', nisba_ar: '' })],
    offices: [at({ id: 'office:king', role_en: 'King', seat: 'head-of-state', note: '' }), at({ id: 'office:steward', role_en: 'Steward', seat: 'head-of-state', note: '' })],
    people: [],
    ...over,
  };
}

function check(t: DictionaryTables, warnings = false): { errors: string[]; warnings: string[] } {
  const out = { errors: [] as string[], warnings: [] as string[] };
  const sink: IssueSink = { error: (f, l, m) => out.errors.push(`${f}:${l}: ${m}`), warn: (f, l, m) => out.warnings.push(`${f}:${l}: ${m}`) };
  checkTables(t, sink, warnings);
  return out;
}

test('checks: fictional tables without problems pass', () => {
  assert.deepEqual(check(tables({ people: [person('person:aragorn', 'ARN', 'King', '3019')] }), true), { errors: [], warnings: [] });
});

test('checks: an unknown country code names the field and what was expected', () => {
  const { errors } = check(tables({ people: [person('person:sauron', 'MOR', 'King', '3000')] }));
  assert.match(errors[0] ?? '', /fixture\.tsv:\d+: field "country": unknown country code "MOR" \(expected an iso3 of gazetteer\/countries\.tsv or a non-state code/);
});

test('checks: a place must be in a country (not a non-state code) and its id must name it', () => {
  const place = at({ id: 'place:ARN:annuminas', name_en: 'Annúminas', names_ar: 'أنوميناس', iso3: 'GND', kind: 'capital' as const, lat: 1, lon: 1 });
  const igoPlace = at({ id: 'place:IGO:rivendell', name_en: 'Rivendell', names_ar: 'ريفندل', iso3: 'IGO', kind: 'city' as const, lat: 1, lon: 1 });
  const { errors } = check(tables({ places: [place, igoPlace] }));
  assert.ok(errors.some((e) => /field "id": "place:ARN:annuminas" names ARN but iso3 is GND/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /field "iso3": unknown country code "IGO"/.test(e)), errors.join('\n'));
});

test('checks: an organisation an official belongs to must be known', () => {
  const { errors } = check(tables({ people: [person('person:gandalf', 'IGO', 'Head of the Council', '3000', '', 'XX'), person('person:saruman', 'IGO', 'Wizard', '3000')] }));
  assert.match(errors.join('\n'), /field "org": unknown organisation "XX" \(expected an org of actors\/organizations\.tsv: WC\)/);
  assert.match(errors.join('\n'), /field "org": an IGO official needs the organisation/);
});

test('checks: an IGO row needs its acronym and no state sector', () => {
  const org = at({ id: 'org:ents', org: '', country: 'IGO', sector: 'GOV' as const, name_en: 'Entmoot', names_en_alt: '', names_ar: '', nisba_ar: '' });
  const { errors } = check(tables({ organizations: [org] }));
  assert.equal(errors.length, 2, errors.join('\n'));
});

test('checks: a role that ends before it starts is refused', () => {
  const { errors } = check(tables({ people: [person('person:denethor', 'GND', 'Steward', '3019-03', '2984')] }));
  assert.match(errors[0] ?? '', /field "to": the role ends \(2984\) before it starts \(3019-03\)/);
});

test('checks: two holders of one seat of one country on the same day are refused', () => {
  const { errors } = check(tables({ people: [person('person:denethor', 'GND', 'Steward', '2984', '3019-03-15'), person('person:aragorn', 'GND', 'King', '3019-01-01')] }));
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0] ?? '', /King of GND 3019-01-01–today overlaps person:denethor \(fixture\.tsv:\d+, Steward 2984–3019-03-15\); expected one holder of the seat "head-of-state" at a time/);
});

test('checks: a handover on one day, other countries and unlisted roles are no overlap', () => {
  const people = [
    person('person:denethor', 'GND', 'Steward', '2984', '3019-03-15'), person('person:aragorn', 'GND', 'King', '3019-03-15'),
    person('person:arvedui', 'ARN', 'King', '3000'), person('person:faramir', 'GND', 'Captain', '3000'), person('person:boromir', 'GND', 'Captain', '3000'),
  ];
  assert.deepEqual(check(tables({ people })).errors, []);
});

test('checks: partial dates overlap only when they must', () => {
  // ends some day of 3019-03, begins on 3019-03-10: possibly a clean handover
  const maybe = [person('person:denethor', 'GND', 'Steward', '2984', '3019-03'), person('person:aragorn', 'GND', 'King', '3019-03-10')];
  assert.deepEqual(check(tables({ people: maybe })).errors, []);
  const surely = [person('person:denethor', 'GND', 'Steward', '2984', '3019-05'), person('person:aragorn', 'GND', 'King', '3019-03-10')];
  assert.equal(check(tables({ people: surely })).errors.length, 1);
});

test('checks: the same person twice in one seat at once is refused too', () => {
  const { errors } = check(tables({ people: [person('person:aragorn', 'GND', 'King', '3019'), person('person:aragorn:2', 'GND', 'King', '3020')] }));
  assert.match(errors[0] ?? '', /overlaps another row of the same person/);
});

test('checks: one name for two entries of a table is a warning (once per pair), a repeated spelling too', () => {
  const t = tables({ countries: [country('ARN', 'أرنور|ارنور', 'نوري'), country('GND', 'غوندور|أرنور', 'نوري')] });
  const { errors, warnings } = check(t, true);
  assert.deepEqual(errors, []);
  assert.equal(warnings.length, 2, warnings.join('\n'));
  assert.match(warnings.join('\n'), /field "names_ar": «ارنور» is listed twice in this row/);
  assert.match(warnings.join('\n'), /field "names_ar": «أرنور» also names country:ARN \(fixture\.tsv:\d+\)/);
  const nisbaOnly = check(tables({ countries: [country('ARN', 'أرنور', 'نوري'), country('GND', 'غوندور', 'نوري')] }), true).warnings;
  assert.match(nisbaOnly.join('\n'), /field "nisba_ar": «نوري» also names country:ARN/);
});

test('checks: the roles of one person are one entry (no warning for their shared name)', () => {
  const a = { ...person('person:aragorn', 'ARN', 'King', '3019'), names_ar: 'أراغورن' };
  const b = { ...person('person:aragorn:2', 'GND', 'King', '3019'), names_ar: 'أراغورن' };
  assert.deepEqual(check(tables({ people: [a, b] }), true).warnings, []);
});

test('checks: a stop word must be one word with letters (regression: a lone vowel mark or two words never match)', () => {
  const stop = (word: string): DictionaryTables['stopWords'][number] => at({ id: 'ar-x', lang: 'ar', word, keeps: '', kind: 'adverb', gloss: 'x', collides: 'x' });
  assert.deepEqual(check(tables({ triggerStopWords: [stop('هنا')] })).errors, []);
  assert.match(check(tables({ triggerStopWords: [stop('\u064E')] })).errors[0] ?? '', /field "word": ".*" has no letters once vowel marks are removed/);
  assert.match(check(tables({ stopWords: [stop('هنا هناك')] })).errors[0] ?? '', /field "word": "هنا هناك" is more than one word/);
});
