/**
 * Names for codes in the interface language: countries (from ISO 3166-1 alpha-3 through the
 * browser's `Intl.DisplayNames`), sectors, event types, QuadClasses and actors.
 */
import countries from 'i18n-iso-countries';
import type { Actor } from '../../src/model/event.js';
import { h } from './dom.js';
import { hasString, lang, t } from './i18n.js';

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the interface language (`SYR` → "Syria" / «سوريا»); a CAMEO non-state code
 * (`IGO`, `IMG`, `WST`…) or `---` (no country) in words; an organisation acronym (`UN`) as it is.
 */
export function countryName(code: string): string {
  const key = `code_${code === '---' ? 'unknown' : code}`;
  if (hasString(key)) return t(key);
  const alpha2 = countries.alpha3ToAlpha2(code);
  if (!alpha2) return code;
  const l = lang();
  let names = displayNames.get(l);
  if (!names) displayNames.set(l, (names = new Intl.DisplayNames([l], { type: 'region' })));
  return names.of(alpha2) ?? code;
}

/** ISO 3166-1 numeric code of an alpha-3 code (the ids of world-atlas shapes), or null. */
export function numericCode(alpha3: string): string | null {
  return countries.alpha3ToNumeric(alpha3) ?? null;
}

/** A sector's name (`GOV` → "government" / «حكومة»), or the code. */
export function sectorName(code: string): string {
  const key = `sector_${code}`;
  return hasString(key) ? t(key) : code;
}

/** A PLOVER event type's name in the interface language. */
export function eventName(type: string): string {
  return hasString(type) ? t(type) : type;
}

/** A QuadClass's name (1 verbal cooperation … 4 material conflict). */
export function quadName(q: number): string {
  const key = `quad${q}`;
  return hasString(key) ? t(key) : String(q);
}

/** A side code (`SYR:GOV`, `UN`, `-`) as words. */
export function sideName(code: string): string {
  if (code === '-' || code === '') return t('none');
  const [country, sector] = code.split(':') as [string, string | undefined];
  return sector ? `${countryName(country)} (${sectorName(sector)})` : countryName(country);
}

/** An actor list as words: the organisation, or the country and sector, of each. */
export function actorsName(actors: readonly Actor[]): string {
  if (actors.length === 0) return t('none');
  return actors.map((a) => {
    if (a.org) return a.org;
    if (!a.country) return a.name ?? t('none');
    return a.sector && a.sector !== a.country ? `${countryName(a.country)} (${sectorName(a.sector)})` : countryName(a.country);
  }).join(lang() === 'ar' ? '، ' : ', ');
}

/** An actor list as codes (`JOR:GOV`, `UN`), for titles and the table's code column. */
export function actorsCode(actors: readonly Actor[]): string {
  return actors.map((a) => a.org ?? [a.country, a.sector].filter(Boolean).join(':')).join(', ') || '—';
}

/** An ISO date as a `<time>` kept left to right (in a right-to-left line «2015-07-31» would otherwise show as 31-07-2015), or "no date". */
export function dateElement(iso: string | null): HTMLElement {
  return iso ? h('time', { datetime: iso, dir: 'ltr' }, iso) : h('span', { class: 'muted' }, t('noDate'));
}
