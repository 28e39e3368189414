/**
 * Attacks whose victim the coder knows exists but does not resolve: a pronoun object («هاجمتهم»)
 * and a thing attacked («غارات على مواقع»). PLOVER requires no recipient for ASSAULT (PLOVER manual,
 * ASSAULT: "Requires recipient: No"), so these are coded with the recipient unknown.
 */
import type { Actor } from '../model/event.js';
import type { TriggerMatch } from './matches.js';
import { OPEN_RECIPIENT } from './reported.js';
import type { EventRule } from './rules.js';
import type { SentenceView } from './sentence-view.js';
import type { Slots } from './slots.js';

/**
 * «هاجمتهم قوة من المستعربين», «خطفوه»: an Arabic verb of force whose object is a pronoun has a victim
 * told before, whom the coder does not resolve: coded with the recipient unknown (PLOVER requires no
 * recipient for ASSAULT).
 */
export function pronounVictimDyad(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots): { actor: Actor[]; recipient: Actor[] } | null {
  // (a pronoun of the 3rd person: «قتلونا» in a quote is the speaker's own side)
  if (v.lang !== 'ar' || !OPEN_RECIPIENT.has(rule.event) || rule.event === 'PROTEST' || !t.reading.verb || !/^(ه|ها|هم|هما|هن)$/.test(t.reading.split?.enc ?? '')) return null;
  if (!slots.actor || slots.actor.kind === 'pair' || slots.recipient) return null;
  return { actor: slots.actor.actors, recipient: [] };
}

/** Prepositions of the target of an attack. */
const TARGET_PREPOSITIONS = new Set(['علي', 'ضد']);
/** How far (tokens) after its trigger the target's preposition may stand (the weapons between: «أطلقت خمسة صواريخ على»). */
const TARGET_REACH = 4;

/**
 * «شنّ الطيران الإسرائيلي غارات على مواقع…», «أطلقت الطائرات خمسة صواريخ على الموقع»: an attack by a
 * known actor on a thing (no actor phrase) has a target the coder does not resolve: coded with the
 * recipient unknown (PLOVER requires no recipient for ASSAULT). The caller codes it only where a verb
 * reports the attack, not where another event's clause names it («أدان الهجوم الإيراني على ناقلة»).
 */
export function targetThingDyad(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots): { actor: Actor[]; recipient: Actor[] } | null {
  if (v.lang !== 'ar' || rule.event !== 'ASSAULT' || !slots.actor || slots.actor.kind === 'pair' || slots.recipient) return null;
  if (!slots.actor.actors.some((a) => a.country || a.org)) return null;
  for (let i = t.tokenEnd; i < Math.min(v.sentence.tokenEnd - 1, t.tokenEnd + TARGET_REACH); i++) {
    const w = v.tokens[i];
    if (w?.kind !== 'word') return null;
    if (TARGET_PREPOSITIONS.has(w.norm)) return v.tokens[i + 1]?.kind === 'word' && !v.actors.some((r) => r.tokenStart === i + 1) ? { actor: slots.actor.actors, recipient: [] } : null;
  }
  return null;
}

