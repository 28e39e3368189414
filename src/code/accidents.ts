/**
 * Deaths that are no attack: «قُتل جندي في حادث سير», «killed in a car crash». A violence trigger
 * whose circumstance (في، جراء، إثر، بسبب, in, after) is an accident or a disaster noun (cue
 * `accident`, data/rules/cues.tsv) reports a death no one inflicted: PLOVER ASSAULT is the use of
 * force by an actor (PLOVER manual, ASSAULT), so nothing is coded.
 */
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import { CIRCUMSTANCE_WORDS, type Slots } from './slots.js';
import { clauseStart, type SentenceView } from './sentence-view.js';

/** The CAMEO code of the death and killing rules (use unconventional mass violence, unspecified: a killing whose means is not told). */
const DEATH_CAMEO = '180';
/** How far (tokens) after the trigger its circumstance may name the accident. */
const ACCIDENT_REACH = 10;
/** Words that introduce the circumstance of a death: those of an attack, and of a cause («بسبب», «after»). */
const CIRCUMSTANCE: ReadonlySet<string> = new Set([...CIRCUMSTANCE_WORDS, 'بسبب', 'نتيجه', 'after', 'during']);

/**
 * Whether the trigger is a death in an accident or a disaster named after it in its clause.
 *
 * @param slots - the trigger's actor and recipient: a death with a named killer and a named victim is no accident
 */
export function accidentalDeath(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Pick<Slots, 'actor' | 'recipient'>): boolean {
  // (only a death or a killing, CAMEO 180: «هجوم بعد الحادث» is still an attack; and not one where both
  // a killer and a victim are named: «قتل مسلحون ثلاثة جنود … بعد حادث سير» is a killing, where in
  // «قتل جنديان في حادث سير» the soldiers are the dead)
  if (rule.event !== 'ASSAULT' || rule.cameo !== DEATH_CAMEO) return false;
  if (slots.actor && slots.recipient && slots.recipient.headType !== 'place' && slots.recipient !== slots.actor) return false;
  return v.cues.some((c) => c.cue === 'accident' && c.tokenStart >= t.tokenEnd && c.tokenStart - t.tokenEnd <= ACCIDENT_REACH
    && clauseStart(v, c.tokenStart) <= t.tokenStart
    && (circumstanceBefore(v, t.tokenEnd, c.tokenStart) || /^[وف]?ب/.test(c.reading.split?.pro ?? '')));
}

/** A circumstance word at most three words before the accident noun (a determiner and a modifier between: «in a helicopter crash»), after the trigger. */
function circumstanceBefore(v: SentenceView, from: number, at: number): boolean {
  for (let i = at - 1; i >= Math.max(from, at - 3); i--) if (CIRCUMSTANCE.has(v.tokens[i]?.norm ?? '')) return true;
  return false;
}
