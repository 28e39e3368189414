/**
 * Frames that make a verbal noun a report and name its participants: a claim of responsibility
 * («تبنى التنظيم الهجوم»: the claimer is the attack's agent) and a patient frame («تعرضت القافلة
 * لهجوم»: the subject is the victim). Read by `fillSlots` (slots.ts).
 */
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { CueKind } from './cues.js';
import { usable } from './dyads.js';
import type { CueMatch, TriggerMatch } from './matches.js';
import { clauseStart, type SentenceView } from './sentence-view.js';
import type { Predicate } from './subjects.js';

/** How far (tokens) after a claim («مسؤوليتها عن», «تبنى … ») the attack it claims may be named. */
const CLAIM_REACH = 2;

/**
 * «تبنى تنظيم داعش الهجوم الانتحاري», «أعلنت الجماعة مسؤوليتها عن الهجوم»: who claims an attack is
 * its agent (CAMEO 015, acknowledge or claim responsibility; PLOVER codes the attack itself). A
 * denial («نفت الحركة مسؤوليتها عن…») claims nothing.
 */
export function claimant(v: SentenceView, t: TriggerMatch, governor: Predicate | null): ResolvedActor | null {
  const subject = governor?.subject;
  if (t.reading.verb || !governor || !subject || subject.tokenStart >= t.tokenStart || governor.tokenStart < clauseStart(v, t.tokenStart)) return null;
  if (v.cues.some((c) => (c.cue === 'negation-verb' && c.tokenStart === governor.tokenStart) || (c.cue === 'negation' && c.tokenEnd === governor.tokenStart))) return null;
  // (the claim is made by its verb, تبنى, or announced, «أعلنت مسؤوليتها»: «حمّلت إسرائيل المسؤولية» blames, «عدم مسؤوليته» denies)
  if (!v.cues.some((c) => (c.cue === 'claim' || c.cue === 'speech-verb') && c.tokenStart === governor.tokenStart)) return null;
  const claim = v.cues.find((c) => c.cue === 'claim' && c.tokenStart >= governor.tokenStart && c.tokenEnd <= t.tokenStart
    && !v.cues.some((n) => n.cue === 'nominal-negation' && n.tokenEnd === c.tokenStart));
  // (the claim is the verb's object, right after it and its subject: «المشتبه في مسؤوليته عن…» further on is a suspicion)
  const objectOfVerb = claim !== undefined && (claim.tokenStart === governor.tokenStart || claim.tokenStart - Math.max(governor.tokenEnd, subject.tokenEnd) <= 1);
  return claim && objectOfVerb && t.tokenStart - Math.max(claim.tokenEnd, subject.tokenEnd) <= CLAIM_REACH && usable(subject) ? subject : null;
}

/** How far (tokens) a verbal noun may follow its patient frame («تعرضت قافلة عسكرية تركية الى هجوم»). */
const PATIENT_FRAME_REACH = 5;

/** How far (tokens) the ل complement of a patient frame may stand after it, past a long subject with its appositions. */
const FRAME_COMPLEMENT_REACH = 20;
/** «لمحاولة اغتيال»: an attempt between the frame and the verbal noun (normalized). */
const ATTEMPT = /^(ل|الي)?محاول(ه|ات)$/;

/**
 * «تعرضت القافلة لهجوم»: the patient-frame verb that governs a verbal noun, in its clause; or, past a
 * long subject («تعرضت وزيرة الدولة …، حرم …، لمحاولة اغتيال»; a relative clause may describe it), the
 * frame whose first ل complement is the verbal noun (or an attempt at it), no complementizer between.
 *
 * @param predicates - the sentence's predicates, where the frame verb is found for a far complement
 */
export function patientFrameOf(v: SentenceView, t: TriggerMatch, governor: Predicate | null, predicates: readonly Predicate[] = []): Predicate | null {
  if (t.reading.verb) return null;
  if (governor && t.tokenStart - governor.tokenEnd <= PATIENT_FRAME_REACH && governor.tokenStart >= clauseStart(v, t.tokenStart)
    && v.cues.some((c) => c.cue === 'patient-frame' && c.tokenStart === governor.tokenStart && reportingFrame(v, c))) return governor;
  const complement = ATTEMPT.test(v.tokens[t.tokenStart - 1]?.norm ?? '') ? t.tokenStart - 1 : t.tokenStart;
  const head = v.tokens[complement];
  if (!head || !/^ل/.test(complement === t.tokenStart ? t.reading.split?.pro ?? '' : head.norm)) return null;
  const frame = v.cues.find((c) => c.cue === 'patient-frame' && c.tokenEnd < complement && complement - c.tokenEnd <= FRAME_COMPLEMENT_REACH
    && !v.cues.some((x) => x.cue === 'complementizer' && x.tokenStart >= c.tokenEnd && x.tokenEnd <= complement) && reportingFrame(v, c) && firstLamAfter(v, c.tokenEnd) === complement);
  return frame ? predicates.find((p) => p.tokenStart === frame.tokenStart) ?? null : null;
}

/** The first word after token `from` with the proclitic ل (a frame's complement), or -1. */
function firstLamAfter(v: SentenceView, from: number): number {
  for (let i = from; i < v.sentence.tokenEnd; i++) if (v.tokens[i]?.kind === 'word' && /^ل[^ا]/.test(v.tokens[i]!.norm) && !v.actors.some((r) => r.tokenStart === i)) return i;
  return -1;
}

/** Cue kinds after which «تعرض» is a verbal noun (its genitive the victim: «حول تعرضه للتعذيب»), not a verb. */
const FRAME_AS_NOUN_AFTER: ReadonlySet<CueKind> = new Set(['relative', 'preposition', 'topic', 'anterior', 'temporal', 'speech-verb', 'negation-verb', 'nominal-negation']);

/**
 * Whether a patient frame reports what befell its subject: a past verb («تعرضت القافلة لهجوم»). The
 * imperfect («يتعرضون للاختطاف») tells a habit or a risk, and the verbal noun («تعرض 14 مصرياً
 * للتعذيب», «بعد تعرضه للضرب», «نفى تعرضها للاغتصاب») a count, an allegation or a background.
 */
function reportingFrame(v: SentenceView, c: CueMatch): boolean {
  if (c.reading.verb?.aspect !== 'perfect' || (c.reading.split?.enc ?? '') !== '' || c.reading.split?.article === true) return false;
  if (v.cues.some((x) => x.tokenEnd === c.tokenStart && FRAME_AS_NOUN_AFTER.has(x.cue))) return false;
  // two verbs do not follow each other in one clause without a conjunction: after a verb («نفت الوزارة
  // أمس تعرض المعتقلين…») the frame is that verb's object, a verbal noun
  if (/^[وف]/.test(c.reading.split?.pro ?? '')) return true;
  const prev = v.tokens[c.tokenStart - 1];
  if (!prev || c.tokenStart === v.sentence.tokenStart || prev.kind !== 'word' || prev.norm === 'قد' || prev.norm === 'لقد') return true;
  // after a word governed by a proclitic preposition («بعدم تعرضه», «لإمكان تعرض هؤلاء») it is that word's genitive, a verbal noun
  if (/^[وف]?[بل]/.test(prev.norm) && !v.actors.some((r) => r.tokenStart <= c.tokenStart - 1 && c.tokenStart - 1 < r.tokenEnd)) return false;
  // (and a verb before it counts only in its own stretch of the clause, after the last punctuation)
  let from = clauseStart(v, c.tokenStart);
  for (let i = from; i < c.tokenStart; i++) if (v.tokens[i]?.kind !== 'word') from = i + 1;
  const verbBefore = (x: { tokenStart: number; tokenEnd: number; reading: { verb: unknown } }): boolean => x.reading.verb !== null && x.tokenStart >= from && x.tokenEnd <= c.tokenStart;
  return !v.triggers.some(verbBefore) && !v.setAside.some(verbBefore) && !v.cues.some((x) => x !== c && verbBefore(x));
}
