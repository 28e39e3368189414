/**
 * Stances announced as events: a concession refused for the future is a REJECT, and a conditional
 * promise of force or sanctions is a THREATEN. «لن تسحب إسرائيل قواتها» does not report a withdrawal
 * that did not happen; it reports a refusal to withdraw (CAMEO 1246, PLOVER REJECT "refuse to yield").
 * «ستفرض بريطانيا عقوبات إذا لم تفرج إيران عن الناقلة» reports no sanction; it reports a threat of
 * sanctions (CAMEO 1312; PLOVER THREATEN: "a conditional statement of a future negative action"),
 * and so is «Britain will impose sanctions on Tehran if…».
 */
import type { Auxiliary } from '../model/event.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import type { SentenceView } from './sentence-view.js';

/** Cue ids of a negation that refuses for the future (Arabic لن). */
const FUTURE_NEGATIONS = new Set(['ar-neg-lan']);
/** How far (tokens) before its verb a future negation stands («لن تسحب», «لن … تسحب»). */
const NEGATION_REACH = 2;
/** The CAMEO "refuse to…" code of a refused concession, by the RETREAT or CONCEDE rule's mode. */
const REFUSALS: Record<string, string> = { release: '1243', withdraw: '1246', ceasefire: '1246', disarm: '1246', access: '1245' };
/** Events whose conditional announcement is a threat, and the CAMEO threat code by the rule's mode. */
function threatCode(rule: EventRule): string | null {
  if (rule.event === 'ASSAULT') return '138';
  if (rule.event === 'COERCE' || rule.event === 'SANCTION') return rule.mode === 'restrict' || rule.mode === 'discontinue' ? '1312' : '131';
  return null;
}

/** A stance read from a trigger's modality: the CAMEO code it is coded with and the auxiliary modes left. */
export interface Stance { cameo: string; auxiliary: Auxiliary[] }

/**
 * The refusal or threat a negated-future or conditional-future trigger announces, or null.
 *
 * @param aux - the trigger's auxiliary modes (see `auxiliaryModes`)
 * @returns the CAMEO code (mapping to REJECT or THREATEN) and the modes without negated, future and
 *   hypothetical (the refusal or the threat is made now); reported speech is kept
 */
export function announcedStance(v: SentenceView, t: TriggerMatch, rule: EventRule, aux: readonly Auxiliary[]): Stance | null {
  if (!t.reading.verb) return null;
  if (v.lang === 'en') return englishThreat(v, t, rule, aux);
  const kept = aux.filter((x) => x !== 'negated' && x !== 'future' && x !== 'hypothetical');
  if (aux.includes('negated') && !aux.includes('hypothetical') && (rule.event === 'RETREAT' || rule.event === 'CONCEDE')) {
    const refusing = v.cues.some((c) => c.cue === 'negation' && FUTURE_NEGATIONS.has(c.id) && c.tokenEnd <= t.tokenStart && t.tokenStart - c.tokenEnd <= NEGATION_REACH);
    return refusing ? { cameo: REFUSALS[rule.mode ?? ''] ?? '124', auxiliary: kept } : null;
  }
  // the apodosis of a condition (the condition before it in the sentence: «إذا لم … فإن بلاده ستفرض»)
  const code = threatCode(rule);
  const marked = t.reading.split?.future === true || v.cues.some((c) => c.cue === 'future' && c.tokenEnd === t.tokenStart);
  if (!aux.includes('negated') && aux.includes('hypothetical') && aux.includes('future') && code && marked) return { cameo: code, auxiliary: kept };
  return null;
}

/** English words of a condition that may follow its apodosis («… will impose sanctions if …»). */
const CONDITIONS = new Set(['if', 'unless']);
/** English auxiliaries of the future right before the verb. */
const FUTURE_AUX = new Set(['will', 'would', "'ll"]);

/**
 * «Britain will impose further sanctions on Tehran if Iranian authorities do not release the tanker»:
 * force or sanctions promised with a condition after them, in English, is a threat made now.
 */
function englishThreat(v: SentenceView, t: TriggerMatch, rule: EventRule, aux: readonly Auxiliary[]): Stance | null {
  const code = threatCode(rule);
  if (!code || aux.includes('negated') || !FUTURE_AUX.has(v.tokens[t.tokenStart - 1]?.norm ?? '')) return null;
  const condition = v.cues.some((c) => c.cue === 'hypothetical' && c.tokenStart >= t.tokenEnd && CONDITIONS.has(v.tokens[c.tokenStart]?.norm ?? ''));
  return condition ? { cameo: code, auxiliary: aux.filter((x) => x !== 'future' && x !== 'hypothetical') } : null;
}
