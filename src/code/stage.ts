/**
 * The event-coding stage: for each trigger, the rule that applies (a rule whose object follows
 * beats the general one), its slots, the dyads it yields (one event per actor country and recipient
 * country), its auxiliary modes, place and date; then in-document merging.
 */
import type { LexMatch } from '../lexicon/lexicon.js';
import { type Actor, type Auxiliary, type MarsadEvent, type Place, UNREAL_MODES } from '../model/event.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Stage } from '../pipeline/stage.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import { cameo } from '../codebook/cameo.js';
import { buildEvent, eventDate, eventPlace } from './build.js';
import { CLAIM_CAMEO, claimOf } from './claims.js';
import { INTENT_CODES, REFUSAL_CODES } from './intent.js';
import type { TriggerMatch } from './matches.js';
import { mergeEvents } from './merge.js';
import { auxiliaryModes, refused, willed } from './modality.js';
import { announcedStance } from './stance.js';
import type { EventRule, ObjectPayload } from './rules.js';
import { cuesIn, sentenceViews, type SentenceView } from './sentence-view.js';
import { aloneDyad, dyad } from './dyads.js';
import { fillSlots, type Slots, VICTIM_EVENTS } from './slots.js';
import { assignSubjects, type Predicate } from './subjects.js';
import { chooseRule, clauseInitial, countOfThings, englishVerbSlot, insideRuleObject, isEventReading, isRuleObject, licensed, requestedAct } from './readings.js';
import { accidentalDeath } from './accidents.js';
import { pronounVictimDyad, targetThingDyad } from './unknown-victims.js';
import { hasOwnAgent, inOtherEventClause, OPEN_RECIPIENT, openDyad, REPORTED_NOUN_EVENTS, reportedByVerb } from './reported.js';

/** CAMEO code of force an actor wants to use: threaten with military force. */
const WILLED_FORCE = '138';
/** Events that may be coded with an unknown actor, or one known by sector only (agentless passives: «قُتل 12 مدنياً»; «اختطف مسلحون مجهولون…»; «تظاهر آلاف الطلاب»). */
const ACTORLESS_OK = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
/** Splits actor lists into one event per (actor country, recipient country). */
function byCountry(actors: Actor[]): Actor[][] {
  const groups = new Map<string, Actor[]>();
  for (const a of actors) {
    const key = `${a.country ?? '?'}/${a.org ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return groups.size > 0 ? [...groups.values()] : [[]];
}

function placeBound(recipient: Actor[], event: string, country: string | undefined): Actor[] {
  if (!VICTIM_EVENTS.has(event) || !country) return recipient;
  // victims not named at all are the place's («انفجرت سيارة مفخخة في بغداد»)
  if (recipient.length === 0 && OPEN_RECIPIENT.has(event)) return [{ country, sector: null, org: null, name: null, role: null, spans: [], sources: [] }];
  return recipient.map((r) => (r.country ? r : { ...r, country }));
}

/**
 * Arabic news reports an attack or a demonstration in the perfect («قتل», «تظاهر»); the imperfect with
 * no mark of future, negation or condition tells a habit («يتعرضون للخطف», «كانوا يتظاهرون»), an aim
 * («تستهدف ضرب الاستقرار»), or a description, and reports no event. Marked imperfects («سوف تهاجم») are
 * coded and flagged.
 */
function bareImperfect(v: SentenceView, t: TriggerMatch, rule: EventRule, aux: readonly Auxiliary[]): boolean {
  return v.lang === 'ar' && REPORTED_NOUN_EVENTS.has(rule.event) && t.reading.verb?.aspect === 'imperfect'
    && !aux.some((x) => UNREAL_MODES.has(x));
}

/** Why a trigger did or did not become events (for `marsad explain`). */
export interface TriggerTrace { sentence: number; start: number; end: number; rules: string[]; outcome: string }

function describeSlot(v: SentenceView, r: { start: number; end: number } | null): string {
  return r ? `«${v.text.slice(r.start, r.end)}»` : 'none';
}

function codeTrigger(a: Analysis, v: SentenceView, t: TriggerMatch, predicates: Predicate[], objects: ReadonlyArray<LexMatch<ObjectPayload>>, out: MarsadEvent[]): string {
  const before = out.length;
  const outcome = codeTriggerEvents(a, v, t, predicates, objects, out);
  const claims = out.slice(before).filter((e) => e.ruleId.endsWith('+claim'));
  return claims.length > 0 ? `${outcome}; claimed by its speaker: ACCUSE ${CLAIM_CAMEO}` : outcome;
}

function codeTriggerEvents(a: Analysis, v: SentenceView, t: TriggerMatch, predicates: Predicate[], objects: ReadonlyArray<LexMatch<ObjectPayload>>, out: MarsadEvent[]): string {
  const rule = chooseRule(t, objects);
  if (!rule) return 'not coded: every rule of this word needs an object that does not follow';
  const slots = fillSlots(v, t, rule, predicates);
  const found = `${rule.id}: actor ${describeSlot(v, slots.actor)}, recipient ${describeSlot(v, slots.recipient)}`;
  if (requestedAct(v, t, predicates)) return `not coded (${found}): what a demand in its clause asks for, not an event`;
  codeClaim(a, v, t, rule, slots, predicates, out);
  if (accidentalDeath(v, t, rule, slots)) return `not coded (${found}): a death in an accident or a disaster, not an attack`;
  if (!licensed(v, t, rule, slots)) return `not coded (${found}): a definite or object verbal noun without its own agent, a visit by no person, or the wrong aspect`;
  if (REPORTED_NOUN_EVENTS.has(rule.event) && !slots.claimed && !hasOwnAgent(v, t, slots) && !reportedByVerb(v, t, rule, slots)) return `not coded (${found}): a verbal noun of force or protest that no verb reports and no agent of its own claims`;
  const direct = dyad(slots, rule, v);
  // (a recipient left unknown only where a verb reports the event and no other event's clause names it)
  const reportedAlone = (): boolean => !inOtherEventClause(v, t, rule) && reportedByVerb(v, t, rule, slots);
  const pair = addressedInMeeting(v, rule, direct, out) ?? direct ?? protestDyad(slots, rule, eventPlace(v, t.tokenStart))
    ?? (reportedAlone() ? openDyad(slots, rule) : null) ?? aloneDyad(slots, rule, v)
    ?? pronounVictimDyad(v, t, rule, slots) ?? (reportedAlone() ? targetThingDyad(v, t, rule, slots) : null);
  if (!pair) return `not coded (${found}): no recipient, or the recipient is the actor`;
  const knownActor = pair.actor.some((x) => x.country || x.org);
  if (!knownActor && !ACTORLESS_OK.has(rule.event)) return `not coded (${found}): the actor has no country or organisation`;
  const date = eventDate(a, v, t.tokenStart);
  let aux = auxiliaryModes(v, t, slots.governor, date.future);
  let cameoCode = rule.cameo;
  let mode = rule.mode;
  if (rule.event === 'CONSULT' && cuesIn(v, ['phone'], v.sentence.tokenStart, v.sentence.tokenEnd).length > 0) {
    cameoCode = '041';
    mode = 'phone';
  }
  if (bareImperfect(v, t, rule, aux)) return `not coded (${found}): a bare imperfect of force or protest tells a habit, an aim or a background, not a report`;
  // «لن تسحب قواتها» refuses, «ستفرض عقوبات إذا…» threatens: the stance is the event, made now
  const stance = announcedStance(v, t, rule, aux);
  if (stance) {
    cameoCode = stance.cameo;
    mode = cameo(stance.cameo).mode;
    aux = stance.auxiliary;
  }
  // «wants to attack Switzerland»: force an actor wants to use is a threat (CAMEO 138, threaten with military force)
  if (rule.event === 'ASSAULT' && willed(v, t, slots.governor) && !aux.includes('negated') && !aux.includes('hypothetical')) {
    cameoCode = WILLED_FORCE;
    mode = null;
    aux = aux.filter((x) => x !== 'future');
  }
  // «would not provide support», «refused to meet»: cooperation refused is a rejection (English: see REFUSAL_CODES)
  const refusal = REFUSAL_CODES[rule.event];
  if (v.lang === 'en' && refusal && aux.includes('negated') && (aux.includes('future') || aux.includes('hypothetical') || refused(v, t, slots.governor))) {
    cameoCode = refusal;
    mode = null;
    aux = aux.filter((x) => x === 'reported');
  }
  // an intent (AGREE: a pledge, an announced tour) is expressed now even when what it announces is to come
  if (rule.event === 'AGREE') aux = aux.filter((x) => x !== 'future');
  const intent = INTENT_CODES[rule.event];
  if (aux.includes('future') && intent && !aux.includes('negated') && !aux.includes('hypothetical')) {
    cameoCode = intent;
    mode = null;
    aux = aux.filter((x) => x !== 'future');
  }
  // a phone call happens nowhere in particular: a place in its sentence is what was discussed
  const location = mode === 'phone' ? null : eventPlace(v, t.tokenStart);
  for (const actor of byCountry(pair.actor)) {
    for (const recipient of byCountry(placeBound(pair.recipient, rule.event, location?.country))) {
      // a recipient known by sector only («rebels», «civilians») with no country or organisation is no dyad
      if (!OPEN_RECIPIENT.has(rule.event) && !(rule.recipientOptional && recipient.length === 0) && (recipient.length === 0 || recipient.every((r) => !r.country && !r.org))) continue;
      // …and an open event names at least one party («مسلحون», «12 مدنياً»), or happens in a known place
      if (actor.length === 0 && recipient.length === 0) continue;
      out.push(buildEvent(a, { rule, cameoCode, mode, trigger: t, actor, recipient, auxiliary: aux, location, date }, out.length));
    }
  }
  // the event the code stands for: an intent, a refusal or a threat is not the rule's own event type
  const coded = cameo(cameoCode).plover ?? rule.event;
  return `coded ${coded} ${cameoCode} (${found})${aux.length > 0 ? `, flagged ${aux.join(', ')}` : ''}`;
}

/**
 * «The US said that ISIL had attacked Iraq»: the speaker's accusation of the culprit (see `claimOf`),
 * coded unless the act claimed is negated, future or hypothetical.
 *
 * @returns whether an accusation was coded
 */
function codeClaim(a: Analysis, v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots, predicates: readonly Predicate[], out: MarsadEvent[]): boolean {
  const claim = claimOf(v, t, rule, slots, predicates);
  if (!claim) return false;
  const date = eventDate(a, v, t.tokenStart);
  if (auxiliaryModes(v, t, slots.governor, date.future).some((x) => UNREAL_MODES.has(x))) return false;
  const mode = cameo(CLAIM_CAMEO).mode;
  for (const actor of byCountry(claim.speaker.actors)) {
    for (const recipient of byCountry(claim.accused)) {
      out.push(buildEvent(a, { rule: claim.rule, cameoCode: CLAIM_CAMEO, mode, trigger: t, actor, recipient, auxiliary: [], location: eventPlace(v, t.tokenStart), date }, out.length));
    }
  }
  return true;
}

/**
 * «وطالب رئيس الوزراء خلال اللقاء بالضغط على إسرائيل»: a demand made during a meeting already told
 * is addressed to the other party of that meeting; the one to be pressed is its object, not its
 * addressee.
 */
function addressedInMeeting(v: SentenceView, rule: EventRule, pair: { actor: Actor[]; recipient: Actor[] } | null, earlier: readonly MarsadEvent[]): { actor: Actor[]; recipient: Actor[] } | null {
  if (rule.event !== 'REQUEST' || !pair || pair.actor.length === 0) return null;
  const duringMeeting = v.cues.some((c) => (c.cue === 'temporal' || c.cue === 'anterior') && v.setAside.some((u) => u.tokenStart === c.tokenEnd && u.rules.some((r) => r.event === 'CONSULT')));
  if (!duringMeeting) return null;
  const actorCountry = pair.actor[0]?.country;
  const meeting = [...earlier].reverse().find((e) => e.event === 'CONSULT' && !e.auxiliary.some((x) => UNREAL_MODES.has(x))
    && (e.actor.some((a) => a.country === actorCountry) || e.recipient.some((a) => a.country === actorCountry)));
  if (!meeting) return null;
  const other = meeting.actor.some((a) => a.country === actorCountry) ? meeting.recipient : meeting.actor;
  return other.length > 0 && !other.some((a) => pair.recipient.some((r) => r.country === a.country)) ? { actor: pair.actor, recipient: other } : null;
}

/**
 * A protest with no target named is against the government where it takes place (ICEWS and
 * GDELT code demonstrations the same way); protesters with no country take the place's, and people
 * named by nationality alone («آلاف المغاربة») are civilians (CVL).
 */
function protestDyad(slots: Slots, rule: EventRule, place: Place | null): { actor: Actor[]; recipient: Actor[] } | null {
  if (rule.event !== 'PROTEST' || slots.recipient || (!slots.actor && !place)) return null;
  const country = place?.country ?? slots.actor?.actors.find((a) => a.country)?.country ?? null;
  // (a demonstration with no one named, «وفي القاهرة خرجت مظاهرة», is by protesters unknown)
  const actor = (slots.actor?.actors ?? []).map((a) => ({ ...a, country: a.country ?? country, sector: a.sector ?? 'CVL' }));
  // protesters in no known country protest against no known government
  if (!country) return { actor, recipient: [] };
  const recipient: Actor = { country, sector: 'GOV', org: null, name: null, role: null, spans: [], sources: [] };
  return { actor, recipient: [recipient] };
}

/**
 * Codes the events of an analysed document.
 *
 * @returns merged events in order of first report
 */
export function codeEvents(a: Analysis, trace: TriggerTrace[] = []): MarsadEvent[] {
  const raw: MarsadEvent[] = [];
  let carried: ResolvedActor | null = null;
  const objectsLex = a.resources.lang[a.doc.lang].objects;
  for (const v of sentenceViews(a)) {
    const note = (t: TriggerMatch, outcome: string): void => {
      trace.push({ sentence: v.sentence.index, start: t.start, end: t.end, rules: t.rules.map((r) => r.id), outcome });
    };
    const eventReading = v.triggers.map((t) => isEventReading(v, t));
    v.setAside = v.triggers.filter((_, k) => !eventReading[k]);
    for (const t of v.setAside) note(t, 'not an event reading: inside an actor name, a noun of time, a 1st/2nd person verb, a verb after a relative pronoun, or a noun after a demonstrative, topic or temporal word');
    v.triggers = v.triggers.filter((_, k) => eventReading[k]);
    const matched = v.triggers.length > 0 ? objectsLex.matchEvery(a.tokens!, v.sentence.tokenStart, v.sentence.tokenEnd) : [];
    const objects = matched.filter((m) => !countOfThings(v, m, matched));
    // a verb whose every rule needs an object that does not follow («أعلن» without «حالة الطوارئ», «وقف» in
    // «وقف إطلاق النار») is no trigger here: it codes no event, governs no verbal noun, and in Arabic is a
    // predicate only where it opens a clause, in English only where a verb can stand
    const idle = new Set(v.triggers.filter((t) => t.reading.verb && chooseRule(t, objects) === null));
    for (const t of idle) note(t, 'not coded: every rule of this word needs an object that does not follow');
    v.triggers = v.triggers.filter((t) => !idle.has(t) || (v.lang === 'en' ? englishVerbSlot(v, t) : clauseInitial(v, t)));
    if (v.lang === 'en') {
      // «faced pressure from», «warned against all travel to»: a word inside an earlier trigger's object is part of its event
      const inside = v.triggers.filter((t) => insideRuleObject(t, v.triggers, objects));
      for (const t of inside) note(t, 'not coded: inside the object of an earlier trigger, part of its event');
      v.triggers = v.triggers.filter((t) => !inside.includes(t));
    }
    const { predicates, carry } = assignSubjects(v, carried);
    carried = carry;
    v.triggers = v.triggers.filter((t) => !idle.has(t));
    if (v.sentence.dateline || v.triggers.length === 0) {
      for (const t of v.triggers) note(t, 'not coded: dateline');
      continue;
    }
    for (const t of v.triggers) {
      // a trigger that is the object a rule of an earlier trigger asks for («وقّع العراق وتركيا اتفاقاً»,
      // «توقيع اتفاق») is part of that event, not an event of its own
      if (isRuleObject(t, v.triggers, objects)) {
        note(t, 'not coded: the object of an earlier trigger, part of its event');
        continue;
      }
      note(t, codeTrigger(a, v, t, predicates, objects, raw));
    }
  }
  return mergeEvents(raw).map((e, k) => ({ ...e, id: `${a.doc.id}:${k + 1}` }));
}

/** The event-coding stage. */
export const codeStage: Stage = {
  name: 'code',
  requires: ['sentences', 'actors', 'triggers', 'cues', 'dates'],
  assigns: ['events', 'trace'],
  run(a) {
    const trace: TriggerTrace[] = [];
    a.events = codeEvents(a, trace);
    a.trace = trace;
  },
};
