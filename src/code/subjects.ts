/**
 * Subjects of the predicates of a sentence, without a parser (English is read SVO throughout). A predicate is a verb (a trigger read
 * as a verb, a light or speech verb) or a participle continuation (مؤكداً، مشيراً). Its subject is:
 * the actor right after it (Arabic VSO); else the first actor of its clause before it (SVO:
 * «الحكومة السودانية ترفض»); else the subject carried over (pro-drop, coordinated verbs
 * «ورحبت… وطالبت»). Participles always carry the subject over; «تم/جرى» frames have none.
 */
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import { clauseStart, type SentenceView } from './sentence-view.js';

/** A verb or participle and its subject. */
export interface Predicate {
  tokenStart: number;
  tokenEnd: number;
  kind: 'verb' | 'participle' | 'passive-frame';
  /** The conjunction و/ف is attached. */
  coordinated: boolean;
  /** The future marker س is attached. */
  future: boolean;
  subject: ResolvedActor | null;
  /** Where the subject was found. */
  subjectFrom: 'after' | 'before' | 'carried' | 'none';
}

const VSO_WINDOW = 4;
const PASSIVE_FRAMES = new Set(['ar-light-tamma', 'ar-light-jara']);
const OBJECT_LIKE = new Set(['country', 'nisba', 'anaphor', 'place']);

function isSubjectCandidate(r: ResolvedActor): boolean {
  return r.kind !== 'place' && r.preposition === null && !r.adjectival && r.actors.length > 0;
}

const ENGLISH_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);
const ENGLISH_AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'did', 'was', 'were', 'is', 'are', 'not', "n't", 'also']);

/** «Kuwait denied that it had expelled…»: a pronoun before the verb (auxiliaries skipped) stands for the current subject. */
function englishPronounSubject(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > v.sentence.tokenStart && ENGLISH_AUXILIARIES.has(v.tokens[k]?.norm ?? '')) k--;
  return ENGLISH_PRONOUNS.has(v.tokens[k]?.norm ?? '');
}

/**
 * The subject of an English verb that opens a relative clause right after a noun («the group that
 * has seized», «rebels who attacked»): the actor phrase ending at the relative word, or null when
 * the antecedent names no actor; undefined when the verb opens no relative clause («said that…»).
 */
function englishRelative(v: SentenceView, p: Predicate, predicates: readonly Predicate[]): ResolvedActor | null | undefined {
  let k = p.tokenStart - 1;
  while (k > v.sentence.tokenStart && ENGLISH_AUXILIARIES.has(v.tokens[k]?.norm ?? '') && v.tokens[k]?.norm !== 'not') k--;
  const word = v.tokens[k]?.norm;
  if (word !== 'that' && word !== 'which' && word !== 'who') return undefined;
  // («Houthi rebels, who attacked…»: a comma may close the antecedent before who or which)
  const end = word !== 'that' && v.tokens[k - 1]?.norm === ',' ? k - 1 : k;
  const before = v.tokens[end - 1];
  // «said that», «denied that»: after a verb, «that» opens a complement clause
  if (!before || before.kind !== 'word' || predicates.some((q) => q.tokenEnd === end)) return undefined;
  return v.actors.find((r) => r.tokenEnd === end && r.kind !== 'place' && r.actors.length > 0) ?? null;
}

/** The predicates of a sentence, in order, without subjects yet. */
export function findPredicates(v: SentenceView): Predicate[] {
  const out: Predicate[] = [];
  if (v.triggers.length === 0 && v.cues.length === 0) return out;
  const seen = new Set<number>();
  const push = (p: Omit<Predicate, 'subject' | 'subjectFrom'>): void => {
    if (seen.has(p.tokenStart)) return;
    seen.add(p.tokenStart);
    out.push({ tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, kind: p.kind, coordinated: p.coordinated, future: p.future, subject: null, subjectFrom: 'none' });
  };
  const participles = new Set(v.cues.filter((c) => c.cue === 'participle').map((c) => c.tokenStart));
  // a word the trigger stage read as a verbal noun («عملية تبادل للأسرى») is no light verb there
  const nouns = new Set(v.triggers.filter((t) => !t.reading.verb).map((t) => t.tokenStart));
  // …nor is a word inside an actor's name («State of Palestine», «قائد الجيش»)
  const inActor = (i: number): boolean => v.actors.some((r) => r.tokenStart <= i && i < r.tokenEnd);
  for (const t of v.triggers) {
    // «pledging», «مؤكداً»: a participle continues the clause and keeps its subject
    if (t.reading.verb) push({ tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, kind: participles.has(t.tokenStart) || (v.lang === 'en' && /ing$/.test(v.tokens[t.tokenStart]?.norm ?? '') && v.tokens[t.tokenStart - 1]?.norm === ',') ? 'participle' : 'verb', coordinated: /^[وف]/.test(t.reading.split?.pro ?? ''), future: t.reading.split?.future === true });
  }
  for (const c of v.cues) {
    // (a verb of intent, «تعتزم الحكومة إرسال وفد», governs the verbal noun of what it intends and gives it its subject;
    // English «said» is written as a fixed word, a verb all the same)
    const intent = c.cue === 'future' && c.reading.verb !== null;
    const verbal = c.reading.verb !== null || (v.lang === 'en' && c.cue === 'speech-verb' && c.tokenEnd - c.tokenStart === 1);
    const kind = c.cue === 'participle' ? 'participle' : PASSIVE_FRAMES.has(c.id) ? 'passive-frame' : (c.cue === 'light-verb' || c.cue === 'speech-verb' || c.cue === 'negation-verb' || c.cue === 'patient-frame' || c.cue === 'claim' || intent) && verbal ? 'verb' : null;
    if (kind && !(kind === 'verb' && (nouns.has(c.tokenStart) || inActor(c.tokenStart)))) push({ tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, kind, coordinated: /^[وف]/.test(c.reading.split?.pro ?? ''), future: c.reading.split?.future === true || intent });
  }
  return out.sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * A phrase after a noun of a part or a unit (cue `partitive`) and «من»: «قوة من الجيش», «عناصر من
 * الشرطة», «عشرات من المتظاهرين» name who acts.
 */
function partitivePhrase(v: SentenceView, r: ResolvedActor): boolean {
  const head = r.tokenStart - 2;
  return v.lang === 'ar' && r.preposition === 'من' && r.kind !== 'place' && r.actors.length > 0 && v.tokens[r.tokenStart - 1]?.norm === 'من'
    && v.cues.some((c) => c.cue === 'partitive' && c.tokenStart === head && c.tokenEnd === head + 1);
}

/** «هاجمتهم قوة من الجيش الإسرائيلي»: a partitive phrase right after the verb is its subject. */
function partitiveSubject(v: SentenceView, p: Predicate, next: ResolvedActor): boolean {
  return next.tokenStart - p.tokenEnd === 2 && partitivePhrase(v, next);
}

function actorAfter(v: SentenceView, p: Predicate): ResolvedActor | null {
  const next = v.actors.find((r) => r.tokenStart >= p.tokenEnd);
  if (next && partitiveSubject(v, p, next)) return next;
  if (!next || next.tokenStart - p.tokenEnd > VSO_WINDOW || !isSubjectCandidate(next)) return null;
  // nothing but plain words (adverbs, time words) may stand between the verb and its subject
  for (let i = p.tokenEnd; i < next.tokenStart; i++) if (v.tokens[i]?.kind !== 'word') return null;
  return next;
}

function actorBefore(v: SentenceView, p: Predicate, predicates: readonly Predicate[]): ResolvedActor | null {
  const start = clauseStart(v, p.tokenStart);
  // a preverbal subject stands before the clause's first verb: «أنه لم يلتقِ نظيره … وأدان» has none
  // (English, SVO with clauses unmarked by a complementizer, keeps the nearest subject)
  const firstVerb = v.lang === 'ar' ? predicates.find((q) => q.tokenStart >= start && q.kind !== 'participle') : undefined;
  const limit = Math.min(p.tokenStart, firstVerb ? firstVerb.tokenStart : p.tokenStart);
  // (in English the subject follows the last verb before it: «Kyiv said [Russian drones] attacked…»)
  const lastVerb = v.lang === 'en' ? predicates.filter((q) => q !== p && q.tokenEnd <= p.tokenStart && q.tokenStart >= start && q.kind === 'verb').at(-1) : undefined;
  const speech = lastVerb !== undefined && v.cues.some((c) => c.cue === 'speech-verb' && c.tokenStart === lastVerb.tokenStart);
  const from = lastVerb && speech ? Math.max(start, lastVerb.tokenEnd) : start;
  // («إن قوة من الجيش الإسرائيلي اقتحمت»: a partitive phrase is a subject too)
  const first = v.actors.find((r) => r.tokenStart >= from && r.tokenEnd <= limit && (isSubjectCandidate(r) || (r.tokenStart - 2 >= from && partitivePhrase(v, r))));
  if (!first) return null;
  const between = predicates.some((q) => q !== p && q.tokenStart >= first.tokenEnd && q.tokenStart < p.tokenStart);
  return between ? null : first;
}

/**
 * Assigns a subject to every predicate of a sentence.
 *
 * @param carried - the subject carried from the previous sentence, or null
 * @returns the predicates with subjects, and the subject to carry into the next sentence
 */
export function assignSubjects(v: SentenceView, carried: ResolvedActor | null): { predicates: Predicate[]; carry: ResolvedActor | null } {
  const predicates = findPredicates(v);
  let current = carried;
  predicates.forEach((p, k) => {
    if (p.kind === 'passive-frame') return;
    if (p.kind === 'participle') {
      p.subject = current;
      p.subjectFrom = current ? 'carried' : 'none';
      return;
    }
    // «أشار إلى أنه أطلع وزيرَ…»: after أنه the subject is the pronoun, i.e. the current subject
    // (negation particles may stand between: «أنه لم يلتقِ»)
    const negationGap = v.cues.filter((c) => c.cue === 'negation' && c.tokenEnd === p.tokenStart).map((c) => c.tokenStart)[0] ?? p.tokenStart;
    const pronounClause = v.cues.some((c) => c.cue === 'complementizer' && (c.tokenEnd === p.tokenStart || c.tokenEnd === negationGap) && /^(ب)?ان(ه|ها|هم|هما)$/.test(v.tokens[c.tokenStart]?.norm ?? ''))
      || (v.lang === 'en' && englishPronounSubject(v, p.tokenStart));
    // «the militant group that has seized…»: a relative clause's verb has its antecedent for subject, or none known
    const relative = v.lang === 'en' ? englishRelative(v, p, predicates) : undefined;
    if (relative !== undefined) {
      p.subject = relative;
      p.subjectFrom = relative ? 'before' : 'none';
      return;
    }
    if (pronounClause && current) {
      p.subject = current;
      p.subjectFrom = 'carried';
      return;
    }
    // in a clause opened by أنّ/إنّ, or with قد before the verb, the subject stands before it (SVO):
    // «أن يكون رئيس الوزراء قد التقى السفير»
    const svo = v.lang === 'en' || clauseStart(v, p.tokenStart) > v.sentence.tokenStart || v.tokens[p.tokenStart - 1]?.norm === 'قد';
    // (a partitive subject right after the verb is its subject in any order: «حتى هاجمتهم قوة من الجيش»)
    const next = v.actors.find((r) => r.tokenStart >= p.tokenEnd);
    const early = svo && !(next && partitiveSubject(v, p, next)) ? actorBefore(v, p, predicates) : null;
    if (early) {
      p.subject = early;
      p.subjectFrom = 'before';
      current = early;
      return;
    }
    // «نفت الحكومة أن تكون قد طردت السفير»: no subject before قد in a complement clause: the pronoun's
    if (svo && current && v.tokens[p.tokenStart - 1]?.norm === 'قد' && clauseStart(v, p.tokenStart) > v.sentence.tokenStart) {
      p.subject = current;
      p.subjectFrom = 'carried';
      return;
    }
    // (English puts the subject after the verb only in attributions: «…, said the minister»)
    const after = v.lang === 'en' && !v.cues.some((c) => c.cue === 'speech-verb' && c.tokenStart === p.tokenStart) ? null : actorAfter(v, p);
    // a coordinated verb («…، وحمّلت إسرائيل المسؤولية») keeps its subject when a state or a group follows: its object
    // …unless it is a nominative dual («وبحث الجانبان»: ان is the subject's case, ين the object's)
    const nominativeDual = after !== null && after.kind === 'pair' && (v.tokens[after.tokenEnd - 1]?.norm.endsWith('ان') ?? false);
    const keepsSubject = p.coordinated && k > 0 && current !== null && after !== null && OBJECT_LIKE.has(after.headType) && !nominativeDual;
    if (after && !keepsSubject) {
      p.subject = after;
      p.subjectFrom = 'after';
    } else {
      const before = actorBefore(v, p, predicates);
      p.subject = before ?? current;
      p.subjectFrom = before ? 'before' : current ? 'carried' : 'none';
    }
    current = p.subject ?? current;
  });
  return { predicates, carry: current };
}

/** The predicate that governs token `i`: the nearest one before it in the sentence. */
export function governingPredicate(predicates: readonly Predicate[], i: number): Predicate | null {
  let found: Predicate | null = null;
  for (const p of predicates) if (p.tokenEnd <= i) found = p;
  return found;
}
