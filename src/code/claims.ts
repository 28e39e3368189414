/**
 * A claim that another party used force is an accusation: «The US said that ISIL had attacked
 * Iraq» codes ACCUSE 112 (US → ISIL) besides the attack it reports. This is the reading CAMEO gives
 * a statement that names a culprit (CAMEO 1.1b3 manual, 112 "Accuse, not otherwise specified") and
 * the one PETRARCH2 applies to a speech verb whose complement is an event of material conflict.
 * The speaker must lead the sentence (a trailing «…, officials said» names a source, not an
 * accuser), the culprit must be named with a country or organisation, and a party speaking of its
 * own acts («Israel said its jets struck Gaza») accuses no one.
 */
import type { Actor } from '../model/event.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import type { SentenceView } from './sentence-view.js';
import type { Slots } from './slots.js';
import type { Predicate } from './subjects.js';

/** Events whose claim names a culprit. */
const CULPABLE_EVENTS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);
/** CAMEO code of the accusation a claim makes. */
export const CLAIM_CAMEO = '112';

/** An accusation made by claiming an act: the speaker and the accused. */
export interface Claim { speaker: ResolvedActor; accused: Actor[]; rule: EventRule }

/** The leading speech verb before a trigger, with no other verb between them. */
function leadingSpeech(v: SentenceView, t: TriggerMatch, predicates: readonly Predicate[]): Predicate | null {
  const before = predicates.filter((p) => p.tokenEnd <= t.tokenStart && p.kind === 'verb');
  const last = before.at(-1);
  if (!last?.subject) return null;
  const speech = v.cues.some((c) => c.cue === 'speech-verb' && c.tokenStart === last.tokenStart);
  return speech ? last : null;
}

/** Sectors a state speaks for: a government telling of its army's or police's acts tells of its own. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** Whether the accused is the speaker's own side: the same country or organisation, and the same sector or both of the state. */
function ownSide(speaker: Actor, accused: Actor): boolean {
  if (speaker.country !== accused.country || speaker.org !== accused.org) return false;
  if (!speaker.sector || !accused.sector || speaker.sector === accused.sector) return true;
  return STATE_SECTORS.has(speaker.sector) && STATE_SECTORS.has(accused.sector);
}

/**
 * The accusation an English sentence makes by claiming an act of force, if any.
 *
 * @param slots - the filled slots of the reported event (its actor is the accused)
 * @returns the speaker, the accused and the derived rule (`<rule id>+claim`, ACCUSE 112), or null
 */
export function claimOf(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots, predicates: readonly Predicate[]): Claim | null {
  if (v.lang !== 'en' || !CULPABLE_EVENTS.has(rule.event) || !slots.actor) return null;
  const speech = leadingSpeech(v, t, predicates);
  const speaker = speech?.subject;
  if (!speaker || !speaker.actors.some((a) => a.country || a.org)) return null;
  const accused = slots.actor.actors.filter((a) => a.country || a.org);
  if (accused.length === 0 || slots.actor === speaker) return null;
  // a party telling of its own acts accuses no one
  if (accused.every((a) => speaker.actors.some((x) => ownSide(x, a)))) return null;
  const derived: EventRule = { ...rule, id: `${rule.id}+claim`, event: 'ACCUSE', cameo: CLAIM_CAMEO, mode: null, objects: [], symmetric: false, recipientOptional: false };
  return { speaker, accused, rule: derived };
}
