/**
 * Filling a rule's slots: who acts (actor) and on whom (recipient), from the trigger's subject,
 * a genitive or adjectival agent of a verbal noun («دعم سورية», «العدوان الإسرائيلي»), the
 * preposition the rule names («مع نظيره», «رحّب بـ…», «لدى طهران»), the phrase that follows, and
 * the document's dyad for joint events in passive frames («تم التوقيع… بين… كلا البلدين»).
 */
import type { Actor } from '../model/event.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import { clauseStart, type SentenceView } from './sentence-view.js';
import { governingPredicate, type Predicate } from './subjects.js';
import { conjunctPhrases, sameActor, usable } from './dyads.js';
import { demonstrativeAntecedent, placeBefore, placeTarget } from './targets.js';
import { claimant, patientFrameOf } from './frames.js';
import { preverbalPassive } from './passive.js';

/** The filled slots of one trigger. */
export interface Slots {
  actor: ResolvedActor | null;
  recipient: ResolvedActor | null;
  /** The actor is unknown by construction (an agentless passive frame). */
  passive: boolean;
  /** The predicate that governs the trigger (for modality). */
  governor: Predicate | null;
  /** The verbal noun follows a patient frame («تعرض لهجوم»): its subject is the victim. */
  patientFrame?: boolean;
  /** The parties come from a «بين X وY» phrase after a joint verbal noun: they tell who met, not that the noun is a new report. */
  between?: boolean;
  /** The actor claimed the attack («تبنى التنظيم الهجوم»): the claim reports it. */
  claimed?: boolean;
}

const RECIPIENT_WINDOW = 14;
/** Events whose recipient may be a party other than the actor's own body named later in the clause (a threat, an attack). */
const PLACE_TARGET_EVENTS = new Set(['ASSAULT', 'COERCE', 'THREATEN']);
/** Prepositions of place: a phrase after them says where, not to whom. */
const LOCATIVE_PREPOSITIONS = new Set(['في', 'in', 'at']);
/** Events whose object is the actor's own forces, never its recipient. */
const OWN_FORCES_EVENTS = new Set(['MOBILIZE']);
/** CAMEO codes whose verbal noun takes its victim as genitive (abduct, assassinate, kill by assault). */
const GENITIVE_IS_PATIENT = new Set(['181', '185', '186', '1823']);

/**
 * Whether the genitive of a rule's verbal noun is the one the event befalls, not its agent: «اغتيال
 * الرئيس», «مقتل الجنود» (the CAMEO codes above, and noun rules whose `subject` is `recipient`).
 */
export function genitiveIsPatient(rule: EventRule): boolean {
  return GENITIVE_IS_PATIENT.has(rule.cameo) || (rule.pos === 'noun' && rule.subject === 'recipient');
}
/** English auxiliaries that make the participle after them passive. */
const ENGLISH_PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being', 'got']);
/** Events whose victims may be named by sector only; they take the country of the place later. */
export const VICTIM_EVENTS: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE', 'PROTEST']);

/** True when the phrase is governed by the rule's preposition (a word such as مع, or a proclitic ب ل). */
function hasPrep(r: ResolvedActor, prep: string): boolean {
  return r.preposition === prep || (prep.length === 1 && r.preposition?.startsWith(prep) === true);
}

/** Actor phrases after the trigger, up to the next verb (the next clause) or the window's end. */
function followers(v: SentenceView, t: TriggerMatch, exclude: ResolvedActor | null, predicates: readonly Predicate[]): ResolvedActor[] {
  // a verb in a relative clause belongs to the object («مشروع القانون الذي قدمته الحكومة»)
  const relativeEnds = new Set(v.cues.filter((c) => c.cue === 'relative').map((c) => c.tokenEnd));
  const next = predicates.find((p) => p.tokenStart >= t.tokenEnd && p.kind !== 'participle' && !relativeEnds.has(p.tokenStart)
    && !(exclude && p.tokenStart < exclude.tokenEnd));
  const limit = Math.min(t.tokenEnd + RECIPIENT_WINDOW, next ? next.tokenStart : Infinity);
  // «…, medics said»: the speaker of a trailing attribution is the source, not a party
  const speakers = new Set(v.lang === 'en' ? v.cues.filter((c) => c.cue === 'speech-verb').map((c) => c.tokenStart) : []);
  return v.actors.filter((r) => r.tokenStart >= t.tokenEnd && r.tokenStart < limit && usable(r) && r !== exclude && !speakers.has(r.tokenEnd));
}

/** Prepositions that introduce the agent of a verbal noun («by», «من قبل», «على يد»), and how far (tokens) after the noun. */
const AGENT_PREPOSITIONS = new Set(['by', 'من قبل', 'علي يد', 'علي ايدي']);
const BY_AGENT_REACH = 5;

/** «إقدام مستوطنين على إحراق…»: the actor between an agentive noun and the verbal noun. */
function agentiveActor(v: SentenceView, t: TriggerMatch): ResolvedActor | null {
  const cue = v.cues.filter((c) => c.cue === 'agentive' && c.tokenEnd <= t.tokenStart && t.tokenStart - c.tokenEnd <= 5).at(-1);
  if (!cue) return null;
  return v.actors.find((r) => r.tokenStart >= cue.tokenEnd && r.tokenEnd <= t.tokenStart && usable(r)) ?? null;
}

function nominalActor(v: SentenceView, t: TriggerMatch, rule: EventRule, predicates: readonly Predicate[]): ResolvedActor | null {
  const agentive = agentiveActor(v, t);
  if (agentive) return agentive;
  // «Israeli air strikes», «US sanctions»: in English the nationality before the noun is its agent
  const before = englishNationalityBefore(v, t.tokenStart);
  if (before) return before;
  // «هجوم شنّه مسلحون», «غارات شنتها طائرات التحالف»: the subject of the verb that resumes the noun
  // (an adjective may stand between: «هجوم انتحاري نفذته امرأة», «الهجوم الإرهابي الذي نفذته جماعة بوكو حرام»)
  const relative = v.cues.find((c) => c.cue === 'relative' && c.tokenStart >= t.tokenEnd && c.tokenStart - t.tokenEnd <= 2);
  const resumed = predicates.find((p) => (p.tokenStart >= t.tokenEnd && p.tokenStart - t.tokenEnd <= 1) || (relative !== undefined && p.tokenStart === relative.tokenEnd));
  if (resumed?.subject && resumed.subjectFrom === 'after' && v.tokens[resumed.tokenStart] && /(ه|ها|هم)$/.test(v.tokens[resumed.tokenStart]!.norm)) return resumed.subject;
  // «accusations by Mali's rulers», «الاتهامات من قبل…», «اغتصاب نساء … على يد مسلحين»: the agent of a verbal noun after by / من قبل / على يد
  // (in English «support from Moscow», «pressure from Congress» name the agent too, unless from marks the rule's recipient: «withdrawal from»)
  const fromAgent = (r: ResolvedActor): boolean => v.lang === 'en' && r.preposition === 'from' && rule.prep !== 'from';
  const byAgent = v.actors.find((r) => r.tokenStart >= t.tokenEnd && r.tokenStart - t.tokenEnd <= BY_AGENT_REACH && usable(r) && (AGENT_PREPOSITIONS.has(r.preposition ?? '') || fromAgent(r)));
  if (byAgent) return byAgent;
  const next = v.actors.find((r) => r.tokenStart >= t.tokenEnd);
  if (!next || !usable(next)) return null;
  // an adjectival nisba after the noun (or after one adjective of it) names its agent
  if (next.adjectival && next.tokenStart === t.tokenEnd) return next;
  if (next.tokenStart !== t.tokenEnd || next.preposition !== null) return null;
  // a genitive right after the noun is its agent when it is a possessive anaphor (دعم بلاده) or when
  // the rule's recipient preposition follows (دعم سورية للعملية)
  if (next.headType === 'anaphor' && next.kind === 'actor') return next;
  if (rule.prep && followers(v, t, next, predicates).some((r) => hasPrep(r, rule.prep ?? ''))) return next;
  // «هجوم حزب العمال», «غارات التحالف», «قصف النظام»: the genitive of an attack is the attacker;
  // of an abduction, an assassination or an arrest it is the victim («اغتيال الرئيس»)
  // …and of a noun that needs no recipient it can only be the agent («استقالة الحكومة», «استنفار الجيش»)
  if ((rule.event === 'ASSAULT' && !genitiveIsPatient(rule)) || rule.recipientOptional || rule.genitiveAgent) return next;
  return null;
}

function findRecipient(v: SentenceView, t: TriggerMatch, rule: EventRule, actor: ResolvedActor | null, predicates: readonly Predicate[]): ResolvedActor | null {
  // the actor's own side is no recipient, but another sector of its country is («أفرجت السلطات
  // السعودية عن ناشطة», «رفض البرلمان العراقي مشروع الحكومة»)
  const own = new Set((actor?.actors ?? []).flatMap((a) => [`${a.country}/${a.org}/${a.sector}`, `${a.country}/${a.org}/null`]));
  // candidates known by sector only («عملية عسكرية», «rebels») can make no dyad: pass them by, except
  // the victims of violence, who take the country of the place («قُتل 7 مدنيين … في حلب»)
  const sectorOnlyOk = VICTIM_EVENTS.has(rule.event);
  // the actor's own conjuncts («دعت فرنسا وألمانيا وبريطانيا إيران») are part of the actor
  const partners = new Set(actor ? conjunctPhrases(v, actor) : []);
  // troops sent or withdrawn («حشدت روسيا قواتها», «سحبت تركيا جنودها») are the actor's own, whatever their sector
  const ownCountry = OWN_FORCES_EVENTS.has(rule.event) || (rule.event === 'RETREAT' && rule.mode === 'withdraw') ? actor?.actors[0]?.country ?? null : null;
  const after = followers(v, t, actor, predicates).filter((r) => !sameActor(r, actor) && !partners.has(r) && !r.actors.every((a) => own.has(`${a.country}/${a.org}/${a.sector}`))
    && !(ownCountry !== null && r.actors.every((a) => a.country === ownCountry))
    && (sectorOnlyOk || r.actors.some((a) => a.country || a.org))
    && (!r.posting || (rule.prep !== null && hasPrep(r, rule.prep))));
  if (rule.prep) {
    const marked = after.find((r) => hasPrep(r, rule.prep ?? ''));
    if (marked || rule.prepRequired || rule.recipientOptional) return marked ?? null;
  }
  // an event that needs no recipient takes one only where its preposition marks it («عفا عن مواطنين بنغاليين»)
  if (rule.recipientOptional) return null;
  const plain = after.find((r) => r.preposition === null || r.preposition === 'ل' || r.preposition === 'علي' || r.preposition === 'ضد');
  // protesters «في مقر نقابتهم» are where they protest, not against whom
  return plain ?? after.find((r) => rule.event !== 'PROTEST' || !LOCATIVE_PREPOSITIONS.has(r.preposition ?? '')) ?? null;
}

/**
 * «أدان الهجوم الإيراني على الناقلة»: a condemnation (or a rejection: «rejected accusations by Mali»)
 * of an event targets that event's agent, not its victim; when the agent is not named there is no recipient.
 */
function nestedAgent(v: SentenceView, nested: TriggerMatch, predicates: readonly Predicate[]): ResolvedActor | null {
  const rule = nested.rules[0];
  return rule ? nominalActor(v, nested, rule, predicates) : null;
}

/** Words before a verbal noun that make it the circumstance a victim fell in («في غارة», «جراء قصف», «إثر هجوم»). */
export const CIRCUMSTANCE_WORDS: ReadonlySet<string> = new Set(['في', 'جراء', 'اثر', 'بفعل', 'in']);

/**
 * «Israeli air strikes», «US sanctions», «Israeli tank shelling»: the nationality (or organisation)
 * before an English noun, right before it, or an adjective of nationality with one plain word between.
 */
function englishNationalityBefore(v: SentenceView, i: number, orgs = false): ResolvedActor | undefined {
  if (v.lang !== 'en') return undefined;
  const gap = v.tokens[i - 1];
  return v.actors.find((r) => usable(r) && (r.headType === 'nisba' || r.headType === 'country' || (orgs && r.headType === 'org'))
    && (r.tokenEnd === i || (r.headType === 'nisba' && r.tokenEnd === i - 1 && gap?.kind === 'word' && !ENGLISH_DETERMINERS.has(gap.norm) && !v.actors.some((x) => x.tokenStart === i - 1))))
    // («a Ukrainian drone strike»: the agent phrase «Ukrainian drone» ends inside the noun; its nationality is the noun's)
    ?? v.actors.find((r) => usable(r) && r.headType === 'agent' && r.tokenStart < i && r.tokenEnd > i && r.actors.some((a) => a.country));
}

/** English determiners before a noun. */
const ENGLISH_DETERMINERS = new Set(['a', 'an', 'the']);

/** Where an English noun phrase ending in the noun at token `i` starts: before its determiner and a nationality («in [an Israeli] air strike»); Arabic nouns stand alone. */
function englishNounStart(v: SentenceView, i: number): number {
  if (v.lang !== 'en') return i;
  let k = i;
  const modifier = englishNationalityBefore(v, k, true);
  if (modifier) k = modifier.tokenStart;
  while (k > v.sentence.tokenStart && ENGLISH_DETERMINERS.has(v.tokens[k - 1]?.norm ?? '')) k--;
  return k;
}

/**
 * «قُتل 4 جنود في هجوم شنته حركة طالبان»: the agent of the attack the victims died in.
 *
 * @param marked - the attack must follow a circumstance word (في، جراء، إثر، in) or a proclitic ب
 */
function circumstanceAgent(v: SentenceView, t: TriggerMatch, predicates: readonly Predicate[], marked = false): ResolvedActor | null {
  const circumstance = (u: TriggerMatch): boolean => !marked || CIRCUMSTANCE_WORDS.has(v.tokens[englishNounStart(v, u.tokenStart) - 1]?.norm ?? '') || /^[وف]?ب/.test(u.reading.split?.pro ?? '');
  const attack = v.triggers.find((u) => u.tokenStart > t.tokenEnd && u.tokenStart - t.tokenEnd <= 8 && !u.reading.verb && u.rules.some((r) => r.event === 'ASSAULT') && circumstance(u));
  const rule = attack?.rules.find((r) => r.event === 'ASSAULT');
  return attack && rule ? nominalActor(v, attack, rule, predicates) : null;
}

/**
 * Whether a violence verb is read as a passive (unvocalized قتل is "killed" or "was killed"): a
 * damma on its first letter says so; otherwise its one following phrase is a count of people
 * («قتل 12 مدنياً», «اعتقل ثلاثة صحفيين») with no second phrase after it in the clause.
 */
function passiveReading(v: SentenceView, t: TriggerMatch, own: Predicate, predicates: readonly Predicate[]): boolean {
  if (!own.subject || own.subjectFrom !== 'after') return false;
  const original = v.text.slice(t.start, t.end).replace(/^[وف]/, '');
  if (/^.\u064F/u.test(original)) return true;
  const subject = own.subject;
  // an agent after من قبل / على يد follows a passive only («قتل صحفي على يد مستوطنين»)
  if (followers(v, t, subject, predicates).some((r) => r.tokenStart >= subject.tokenEnd && AGENT_PREPOSITIONS.has(r.preposition ?? '') && r.preposition !== 'by')) return true;
  const before = v.tokens[subject.tokenStart - 1];
  const counted = before?.kind === 'number' || v.cues.some((c) => c.cue === 'quantifier' && c.tokenEnd === subject.tokenStart);
  const second = followers(v, t, subject, predicates).some((r) => r.tokenStart >= subject.tokenEnd && r.preposition === null);
  return counted && !second;
}

/** The first actor phrase after the trigger governed by «بين» / «between», when it is coordinated with another. */
function betweenPhrase(v: SentenceView, t: TriggerMatch, predicates: readonly Predicate[]): ResolvedActor | null {
  const first = followers(v, t, null, predicates).find((r) => r.preposition === 'بين' || r.preposition === 'between');
  return first && (first.kind === 'pair' || conjunctPhrases(v, first).length > 0) ? first : null;
}

/** A synthetic phrase for the document's pair, anchored on the trigger. */
function pairPhrase(t: TriggerMatch, pair: [Actor, Actor]): ResolvedActor {
  return {
    index: -1, sentence: t.sentence, tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'pair', headType: 'anaphor',
    actors: pair, place: null, preposition: null, agentId: null, adjectival: false, person: false, conjoined: false, posting: false,
  };
}

/**
 * Fills actor and recipient for one trigger under one rule.
 *
 * @param predicates - the sentence's predicates with their subjects
 */
export function fillSlots(v: SentenceView, t: TriggerMatch, rule: EventRule, predicates: readonly Predicate[]): Slots {
  const governor = governingPredicate(predicates, t.tokenStart);
  const own = predicates.find((p) => p.tokenStart === t.tokenStart) ?? null;
  let actor: ResolvedActor | null;
  let passive = false;
  let claimer: ResolvedActor | null = null;
  const frame = own ? null : patientFrameOf(v, t, governor, predicates);
  if (frame) {
    // «تعرضت قافلة عسكرية لهجوم شنه مسلحون»: the frame's subject suffers the event, its agent is the noun's own
    return { actor: nominalActor(v, t, rule, predicates), recipient: frame.subject, passive: true, governor: frame, patientFrame: true };
  }
  if (own) actor = own.subject;
  else {
    const frame = governor && governor.kind === 'passive-frame' && t.tokenStart - governor.tokenEnd <= 2 && governor.tokenStart >= clauseStart(v, t.tokenStart);
    passive = !!frame;
    // «قُتل … في هجوم»: a verbal noun after في is a circumstance; it does not take the verb's subject
    const circumstance = v.cues.some((c) => c.cue === 'preposition' && c.tokenEnd === t.tokenStart && v.tokens[c.tokenStart]?.norm === 'في');
    // «أعلنت المصادر مقتل ثلاثة جنود»: who announces a death or an abduction is not who caused it
    const announced = genitiveIsPatient(rule) && governor !== null && v.cues.some((c) => c.cue === 'speech-verb' && c.tokenStart === governor.tokenStart);
    // «أعلنت الحركة اغتيال أحد قادتها في غارة إسرائيلية»: the agent of the attack the victim fell in
    const inAttack = genitiveIsPatient(rule) ? circumstanceAgent(v, t, predicates, true) : null;
    // a subject after the noun is its genitive or object («أسفر الهجوم عن قتل ثلاثة جنود»), not its agent
    const governorSubject = governor?.subject && governor.subject.tokenStart < t.tokenStart ? governor.subject : null;
    claimer = rule.event === 'ASSAULT' ? claimant(v, t, governor) : null;
    actor = claimer ?? nominalActor(v, t, rule, predicates) ?? inAttack ?? (frame || circumstance || announced ? null : governorSubject);
    // «جرت محادثات بين وزير الخارجية القطري ونظيره الإيراني»: the parties of a joint noun with no agent of its own
    const between = rule.symmetric && (!actor || passive) ? betweenPhrase(v, t, predicates) : null;
    if (between) return { actor: between, recipient: null, passive, governor, between: true };
  }
  // «the civilians imprisoned for…», «soldiers killed in…»: a participle of force followed by a preposition is a reduced passive
  const reduced = v.lang === 'en' && (rule.event === 'ASSAULT' || rule.event === 'COERCE') && t.reading.verb?.aspect === 'perfect'
    && v.cues.some((c) => c.cue === 'preposition' && c.tokenStart === t.tokenEnd);
  // («is asking», «were attacking» are progressive: only a past participle after the auxiliary is passive)
  const participle = t.reading.verb?.aspect === 'perfect';
  if (own && v.lang === 'en' && !rule.symmetric && participle && (ENGLISH_PASSIVE_AUX.has(v.tokens[t.tokenStart - 1]?.norm ?? '') || reduced)) {
    // «Aleppo was shelled by insurgents»: the subject is the patient, the agent follows by
    // (or the agent of the attack the victims fell in: «were killed in an air strike by government forces»)
    const agent = v.actors.find((r) => r.tokenStart >= t.tokenEnd && r.tokenStart - t.tokenEnd <= 4 && usable(r) && r.preposition === 'by')
      ?? (rule.event === 'ASSAULT' ? circumstanceAgent(v, t, predicates, true) : null);
    // (a subject carried over from an earlier verb is not the patient: «X said eight people were killed»)
    const patient = (own.subjectFrom === 'before' ? own.subject : null) ?? placeBefore(v, t);
    return { actor: agent, recipient: patient, passive: true, governor: own };
  }
  if (own && (rule.event === 'ASSAULT' || rule.event === 'COERCE') && (passiveReading(v, t, own, predicates) || preverbalPassive(v, t, rule, own))) {
    // «قُتل ثلاثة جنود أتراك»: the grammatical subject of a passive is the victim; the agent, if any, follows من قبل / على يد
    const agent = v.actors.find((r) => r.tokenStart >= t.tokenEnd && usable(r) && AGENT_PREPOSITIONS.has(r.preposition ?? ''))
      ?? circumstanceAgent(v, t, predicates);
    return { actor: agent, recipient: own.subject, passive: true, governor: own };
  }
  if (rule.subject === 'recipient' && rule.pos === 'verb') {
    const source = followers(v, t, actor, predicates).find((r) => hasPrep(r, rule.prep ?? ''));
    return { actor: source ?? null, recipient: actor, passive, governor: own ?? governor };
  }
  // (a noun of the rule's own event is its object, not another event: «وجهت اتهامات لمصر»)
  const nested = rule.event === 'ACCUSE' || rule.event === 'REJECT' ? v.triggers.find((u) => u.tokenStart >= t.tokenEnd && u.tokenStart - t.tokenEnd <= 3 && u.rules.some((r) => r.pos === 'noun')
    // (a sense that needs its object, «هجوماً لاذعاً» as criticism, does not make «الهجوم» a noun of the event)
    && !u.rules.some((r) => r.event === rule.event && r.objects.length === 0)
    && !v.actors.some((r) => r !== actor && r.tokenStart >= t.tokenEnd && r.tokenStart < u.tokenStart)) : undefined;
  if (passive && !actor && rule.symmetric) {
    // an agentless joint event («وجرى الاتفاق على…») is between the document's two parties
    const pair = v.pairAt(t.tokenStart);
    if (pair) return { actor: pairPhrase(t, pair), recipient: null, passive, governor: own ?? governor };
  }
  // a refusal whose object is an act of the refuser («رفضت إسرائيل الإفراج عن أسرى فلسطينيين») is addressed
  // to whoever the act concerns, not to an agent of that act
  const ownAct = nested !== undefined && rule.objects.length > 0 && !nested.rules.some((r) => r.event === 'ACCUSE' || r.event === 'ASSAULT');
  let recipient = nested && !ownAct ? nestedAgent(v, nested, predicates) : findRecipient(v, t, rule, actor, predicates) ?? placeTarget(v, t, rule, predicates, actor?.actors[0]?.country ?? null)
    ?? demonstrativeAntecedent(v, t, actor);
  // an actor's own body as the target of a threat or an attack («هدد … بشن عملية عسكرية في قطاع غزة»)
  // gives way to a foreign place named in the clause
  const ownCountry = actor?.actors[0]?.country;
  if ((!nested || ownAct) && recipient && ownCountry && recipient.actors.every((r) => r.country === ownCountry)) {
    const place = placeTarget(v, t, rule, predicates);
    // (or to a foreign party named after it: «بشن عملية عسكرية جديدة في شمال سوريا», «إنذاراً لسكان بلدات لبنانية»)
    const foreign = PLACE_TARGET_EVENTS.has(rule.event) ? followers(v, t, actor, predicates).find((r) => r.tokenStart > recipient!.tokenStart && r.actors.some((a) => a.country && a.country !== ownCountry)) : undefined;
    if (place && place.actors[0]?.country !== ownCountry) recipient = place;
    else if (foreign) recipient = foreign;
  }
  if (actor?.kind === 'pair' && rule.symmetric) recipient = null;
  if (!actor && recipient?.kind === 'pair' && rule.symmetric) actor = recipient;
  return { actor, recipient, passive, governor: own ?? governor, ...(claimer ? { claimed: true } : {}) };
}
