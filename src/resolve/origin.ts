/**
 * The country a body or group takes from a place named after it: «a court in Guyana», «dissidents
 * from Myanmar», «الشرطة في البصرة», «المجلس العسكري الحاكم في النيجر».
 */
import type { Mention } from '../recognize/mention.js';
import type { Token } from '../model/document.js';
import type { PhraseParts } from './phrase.js';

/** Roles posted to a country («إلى اليمن», «لدى طهران»). */
export const POSTED_ROLES = /Envoy|Ambassador|Representative|Coordinator|Consul|Embassy/;

/** An Arabic word (a phrase's modifier in Arabic, not English). */
const ARABIC_WORD = /^[\u0600-\u06ff]/;

/** Sectors of bodies and people whose place («the police in Guyana», «the court in Kigali») is their country; soldiers and envoys are often abroad. */
const LOCAL_SECTORS = new Set(['GOV', 'JUD', 'COP', 'LEG', 'OPP', 'CVL', 'PTY', 'REL', 'EDU', 'BUS', 'MED', 'LAB', 'AGR', 'JRN', 'SOC']);

/**
 * An English agent with no country yet, followed by «in» or «from» and a country, a place or a
 * nationality: a body or group of a place («a court in Guyana», «police in Lyon») and people from a
 * country («dissidents from Myanmar», «ministers from the Georgian government») are of that country.
 * Soldiers (MIL) and posted envoys are left alone: «troops in Syria», «the ambassador in Paris»
 * are often foreign, and «withdrew troops from Syria» names where they leave.
 *
 * @returns the modifier to take, or null
 */
export function englishOrigin(parts: PhraseParts, next: Mention, tokens: readonly Token[], text: string): PhraseParts['modifier'] {
  const p = parts.payload;
  if (p.type !== 'agent' || parts.modifier || parts.used.length !== 1 || ARABIC_WORD.test(tokens[next.tokenStart]?.norm ?? '')) return null;
  const prep = next.preposition;
  if ((prep !== 'in' && prep !== 'from') || tokens[parts.tokenEnd]?.norm !== prep || next.tokenStart - parts.tokenEnd > 3) return null;
  if (!LOCAL_SECTORS.has(p.sector ?? '') || POSTED_ROLES.test(p.role ?? '')) return null;
  const mod = next.payloads.find((x) => x.type === 'country' || x.type === 'nisba' || (x.type === 'place' && prep === 'in'));
  if (!mod) return null;
  const country = mod.type === 'place' ? mod.place.country : mod.type === 'country' || mod.type === 'nisba' ? mod.country : null;
  return country ? { country, org: null, text: text.slice(next.start, next.end) } : null;
}


/** «الحاكم», «الحاكمة» (ruling), normalized: only a country's own rulers rule in it. */
const RULING = /^ال?حاكم(ه)?$/;

/**
 * An Arabic body or group with no country yet, followed by «في» and a country or a place: a body or
 * group of a place («الشرطة في البصرة», «المتظاهرون في القاهرة») is of its country; a ruling body of
 * any sector is too («المجلس العسكري الحاكم في النيجر»). Offices (a minister «في بغداد» is where he
 * is), soldiers and posted envoys are left alone, as in English.
 *
 * @param placeWordEndsAt - whether a word for a place (cue `place-word`) ends at a token
 * @returns the modifier to take, or null
 */
export function arabicOrigin(parts: PhraseParts, next: Mention, tokens: readonly Token[], text: string, placeWordEndsAt: (token: number) => boolean = () => false): PhraseParts['modifier'] {
  const p = parts.payload;
  if (p.type !== 'agent' || p.kind === 'title' || parts.modifier || parts.used.length !== 1) return null;
  if (!ARABIC_WORD.test(tokens[next.tokenStart]?.norm ?? '') || POSTED_ROLES.test(p.role ?? '')) return null;
  // (a word for a place may stand between: «الشرطة في مدينة البصرة»)
  const start = placeWordEndsAt(next.tokenStart) ? next.tokenStart - 1 : next.tokenStart;
  const gap = start - parts.tokenEnd;
  const ruling = gap === 2 && RULING.test(tokens[parts.tokenEnd]?.norm ?? '') && tokens[parts.tokenEnd + 1]?.norm === 'في';
  const local = gap === 1 && tokens[parts.tokenEnd]?.norm === 'في' && LOCAL_SECTORS.has(p.sector ?? '');
  if (!ruling && !local) return null;
  const mod = next.payloads.find((x) => x.type === 'country' || x.type === 'place');
  const country = mod?.type === 'place' ? mod.place.country : mod?.type === 'country' ? mod.country : null;
  // (the place is also where the event the body takes part in happens: «عند حاجز للشرطة في بغداد»)
  const place = mod?.type === 'place' ? { record: mod.place, span: { start: next.start, end: next.end } } : undefined;
  return country ? { country, org: null, text: text.slice(next.start, next.end), ...(place ? { place } : {}) } : null;
}
