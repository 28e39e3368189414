/**
 * Auxiliary modes (PLOVER manual §3.3): negated (لم، لن، لا، عدم، نفى أن…, not, denied), future
 * (سـ، سوف، من المقرر، يعتزم…, what an actor wants or seeks to do, «الشهر المقبل», «المرتقب» next to the trigger, a date after publication), hypothetical (لو، إذا، هل…,
 * a question, «أي» right before a verbal noun),
 * reported (the event is in the complement of a speech verb).
 */
import type { Auxiliary } from '../model/event.js';
import type { TriggerMatch } from './matches.js';
import { clauseStart, cuesIn, type SentenceView } from './sentence-view.js';
import type { Predicate } from './subjects.js';

const NEGATION_REACH = 2;
const FUTURE_REACH = 4;

function endsWithQuestion(v: SentenceView): boolean {
  const last = v.tokens[v.sentence.tokenEnd - 1];
  return last?.norm === '؟' || last?.norm === '?';
}

/**
 * The auxiliary modes of a trigger.
 *
 * @param governor - the trigger's own predicate (a verb) or the one governing it (a verbal noun)
 * @param dateFuture - the event's date lies after the publication date
 */
export function auxiliaryModes(v: SentenceView, t: TriggerMatch, governor: Predicate | null, dateFuture: boolean): Auxiliary[] {
  const out = new Set<Auxiliary>();
  const s = v.sentence.tokenStart;
  const clause = clauseStart(v, t.tokenStart);
  const head = governor && governor.tokenStart < t.tokenStart ? governor.tokenStart : t.tokenStart;
  if (cuesIn(v, ['negation'], Math.max(s, head - NEGATION_REACH), head).length > 0) out.add('negated');
  if (cuesIn(v, ['nominal-negation'], t.tokenStart - 1, t.tokenStart).length > 0) out.add('negated');
  if (cuesIn(v, ['negation-verb'], s, clause).length > 0 && clause > s) out.add('negated');
  const nextPredicate = v.sentence.tokenEnd;
  const future = t.reading.split?.future === true || governor?.future === true
    || cuesIn(v, ['future', 'volition'], Math.max(s, head - FUTURE_REACH), head).length > 0 || dateFuture
    || cuesIn(v, ['future-time'], Math.max(clause, t.tokenStart - FUTURE_REACH), Math.min(nextPredicate, t.tokenEnd + FUTURE_REACH)).length > 0;
  if (future) out.add('future');
  // «أي هجوم», «any attack»: no attack in particular; «من أجل إطلاق سراح»: an aim, not an event
  const generic = !t.reading.verb && v.cues.some((c) => c.cue === 'generic' && c.tokenEnd === t.tokenStart);
  if (cuesIn(v, ['hypothetical'], s, t.tokenStart).length > 0 || endsWithQuestion(v) || generic) out.add('hypothetical');
  if (clause > s && cuesIn(v, ['speech-verb'], s, clause).length > 0) out.add('reported');
  return [...out];
}

/** Whether a verb of volition governs the trigger: «wants to attack», «seeking to deepen». */
export function willed(v: SentenceView, t: TriggerMatch, governor: Predicate | null): boolean {
  const s = v.sentence.tokenStart;
  const head = governor && governor.tokenStart < t.tokenStart ? governor.tokenStart : t.tokenStart;
  return cuesIn(v, ['volition'], Math.max(s, head - FUTURE_REACH), head).length > 0;
}

/** Whether a refusal verb («refused to», «declined to») negates the trigger (English cue `en-neg-refuse`). */
export function refused(v: SentenceView, t: TriggerMatch, governor: Predicate | null): boolean {
  const head = governor && governor.tokenStart < t.tokenStart ? governor.tokenStart : t.tokenStart;
  return v.cues.some((c) => c.id === 'en-neg-refuse' && c.tokenEnd <= head && head - c.tokenEnd <= NEGATION_REACH);
}
