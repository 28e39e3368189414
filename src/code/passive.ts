/**
 * The passive reading of an Arabic violence verb after its subject: unvocalized «قتلوا» is "they
 * killed" or "they were killed", and with nothing for an object after it the subject is the victim.
 */
import { usable } from './dyads.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import type { SentenceView } from './sentence-view.js';
import type { Predicate } from './subjects.js';

/** Words of cause and means after which a verb has no object (normalized): «قتلوا جراء القصف», «برصاص قناص». */
const CAUSE_WORDS = new Set(['جراء', 'بفعل', 'برصاص', 'بنيران']);
/** Cue kinds after which a verb has no object: a preposition, a word of time, «إثر/خلال», «بعد/قبل», «عندما». */
const NO_OBJECT_CUES: ReadonlySet<string> = new Set(['preposition', 'time-word', 'temporal', 'anterior', 'complementizer']);
/** Punctuation that closes a clause with nothing after the verb (a comma may stand before a delayed object: «استهدفت، بصاروخين، موقعاً»). */
const CLOSING = /^[.!؟?»"”)\]]+$/;
/** CAMEO codes of violence verbs whose unvocalized preverbal use is mostly passive: kill, abduct, assassinate (and their 180). */
const PASSIVE_PRONE = new Set(['180', '181', '185', '186', '1823']);

/**
 * «ثلاثة جنود أميركيين قتلوا وأصيب 11 آخرون», «13 شخصاً … قتلوا في ضربة جوية»: an Arabic violence verb
 * after its subject with nothing for an object after it is a passive (unvocalized قتلوا is "they killed"
 * or "they were killed", and a killing names its victim): the subject is the victim. Verbs whose rule
 * needs an object («أطلق صواريخ») and verbs with a pronoun object («قتلهم») are not read so.
 */
export function preverbalPassive(v: SentenceView, t: TriggerMatch, rule: EventRule, own: Predicate): boolean {
  if (v.lang !== 'ar' || own.subjectFrom !== 'before' || !own.subject || rule.objects.length > 0 || rule.symmetric) return false;
  // (a verb whose object takes a preposition, «اعتدوا على السفينة», or that is rarely passive, «قصفت», is left active)
  if (!PASSIVE_PRONE.has(rule.cameo) || rule.prep !== null) return false;
  if (t.reading.verb?.aspect !== 'perfect' || (t.reading.split?.enc ?? '') !== '') return false;
  const next = v.tokens[t.tokenEnd];
  const open = !next || (next.kind !== 'word' && CLOSING.test(next.norm)) || CAUSE_WORDS.has(next.norm)
    || v.cues.some((c) => c.tokenStart === t.tokenEnd && (NO_OBJECT_CUES.has(c.cue) || (c.cue === 'casualty' && /^[وف]/.test(next.norm))));
  if (!open) return false;
  // (nor an object after a time word: «مسلحون قتلوا أمس ثلاثة جنود» is active)
  const time = v.cues.find((c) => c.tokenStart === t.tokenEnd && c.cue === 'time-word');
  // (a count may stand before the object: «أربعة جنود»)
  return !time || !v.actors.some((r) => r.tokenStart >= time.tokenEnd && r.tokenStart - time.tokenEnd <= 1 && r.preposition === null && usable(r));
}

