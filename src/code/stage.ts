/**
 * The event-coding stage: for each trigger, the rule that applies (a rule whose object follows
 * beats the general one), its slots, the dyads it yields (one event per actor country and recipient
 * country), its auxiliary modes, place and date; then in-document merging.
 */
import type { LexMatch } from '../lexicon/lexicon.js';
import { type Actor, type MarsadEvent, type Place, UNREAL_MODES } from '../model/event.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Stage } from '../pipeline/stage.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import { buildEvent, eventDate, eventPlace } from './build.js';
import { INTENT_CODES } from './intent.js';
import type { TriggerMatch } from './matches.js';
import { mergeEvents } from './merge.js';
import { auxiliaryModes } from './modality.js';
import type { EventRule, ObjectPayload } from './rules.js';
import { clauseStart, cuesIn, sentenceViews, type SentenceView } from './sentence-view.js';
import { aloneDyad, dyad, fillSlots, type Slots, VICTIM_EVENTS } from './slots.js';
import { assignSubjects, type Predicate } from './subjects.js';
import { definiteByAnnexation, hasOwnAgent, inOtherEventClause, OPEN_RECIPIENT, openDyad, REPORTED_NOUN_EVENTS, reportedByVerb } from './reported.js';

const OBJECT_WINDOW = 8;
/** Events whose verbal noun, like a verb, makes the verbal noun after it its object («المطالبة بالإفراج», «رفض الانسحاب»). */
const GOVERNING_NOUN_EVENTS = new Set(['REQUEST', 'REJECT', 'THREATEN']);
/** Light verbs of result («أسفر عن», «أدى إلى», «أوقع»): the verbal noun right after them is their subject, an event already told. */
const RESULT_VERBS = new Set(['ar-light-asfara', 'ar-light-adda', 'ar-light-awqaa']);
/** Events that may be coded with an unknown actor, or one known by sector only (agentless passives: «قُتل 12 مدنياً»; «اختطف مسلحون مجهولون…»; «تظاهر آلاف الطلاب»). */
const ACTORLESS_OK = new Set(['ASSAULT', 'COERCE', 'PROTEST']);
/**
 * The rule a trigger fires: among those whose object follows, the one with the longest object
 * («launched air strikes» over «launched strikes»), the first in file order on a tie; else the
 * first rule that needs no object.
 */
function chooseRule(t: TriggerMatch, objects: ReadonlyArray<LexMatch<ObjectPayload>>): EventRule | null {
  let best: EventRule | null = null;
  let bestLength = 0;
  for (const r of t.rules) {
    if (r.objects.length === 0) continue;
    for (const m of objects) {
      if (m.tokenStart < t.tokenEnd || m.tokenStart - t.tokenEnd > OBJECT_WINDOW || m.tokenEnd - m.tokenStart <= bestLength) continue;
      if (m.entries.some((e) => e.payload.ruleId === r.id && (!e.payload.possessive || (m.readings.at(-1)?.split?.enc ?? '') !== ''))) {
        best = r;
        bestLength = m.tokenEnd - m.tokenStart;
      }
    }
  }
  return best ?? t.rules.find((r) => r.objects.length === 0) ?? null;
}

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

/** Why a trigger did or did not become events (for `marsad explain`). */
export interface TriggerTrace { sentence: number; start: number; end: number; rules: string[]; outcome: string }

function describeSlot(v: SentenceView, r: { start: number; end: number } | null): string {
  return r ? `«${v.text.slice(r.start, r.end)}»` : 'none';
}

function codeTrigger(a: Analysis, v: SentenceView, t: TriggerMatch, predicates: Predicate[], objects: ReadonlyArray<LexMatch<ObjectPayload>>, out: MarsadEvent[]): string {
  const rule = chooseRule(t, objects);
  if (!rule) return 'not coded: every rule of this word needs an object that does not follow';
  const slots = fillSlots(v, t, rule, predicates);
  const found = `${rule.id}: actor ${describeSlot(v, slots.actor)}, recipient ${describeSlot(v, slots.recipient)}`;
  if (requestedAct(v, t, predicates)) return `not coded (${found}): what a demand in its clause asks for, not an event`;
  if (!licensed(v, t, rule, slots)) return `not coded (${found}): a definite or object verbal noun without its own agent, a visit by no person, or the wrong aspect`;
  if (REPORTED_NOUN_EVENTS.has(rule.event) && !hasOwnAgent(v, t, slots) && !reportedByVerb(v, t, rule, slots)) return `not coded (${found}): a verbal noun of force or protest that no verb reports and no agent of its own claims`;
  const direct = dyad(slots, rule, v);
  const pair = addressedInMeeting(v, rule, direct, out) ?? direct ?? protestDyad(slots, rule, eventPlace(v, t.tokenStart))
    ?? (inOtherEventClause(v, t, rule) || !reportedByVerb(v, t, rule, slots) ? null : openDyad(slots, rule)) ?? aloneDyad(slots, rule, v);
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
  return `coded ${rule.event} ${cameoCode} (${found})${aux.length > 0 ? `, flagged ${aux.join(', ')}` : ''}`;
}

/**
 * Filters trigger readings that cannot be events: a word inside an actor phrase (وزير is not زِير),
 * a verb in the 1st singular or 2nd person (narrative news reports 3rd persons; «نحن ندين» is kept),
 * an Arabic verb right after a relative pronoun (it describes a known antecedent),
 * a verbal noun after a demonstrative («هذا العدوان»: an event already reported), a topic
 * preposition («بشأن المشاورات»: a subject of talks, not talks), an anterior one («بعد هجوم»: an
 * earlier event that dates another) or a temporal one before a definite noun («خلال اللقاء»).
 */
function isEventReading(v: SentenceView, t: TriggerMatch): boolean {
  if (v.actors.some((r) => r.tokenStart < t.tokenEnd && t.tokenStart < r.tokenEnd && !bareAgentNoun(r, t))) return false;
  if (v.cues.some((c) => c.cue === 'topic' && c.tokenStart <= t.tokenStart && t.tokenEnd <= c.tokenEnd)) return false;
  const verb = t.reading.verb;
  // «الرئيس الذي اغتيل عام 2005»: an Arabic relative pronoun follows a definite antecedent only, and
  // the verb right after it describes that known referent — an event told before, not a new one
  if (verb && v.lang === 'ar' && cuesIn(v, ['relative'], t.tokenStart - 1, t.tokenStart).length > 0) return false;
  if (verb) return verb.person === 3 || (verb.person === 1 && verb.number === 'pl');
  // «بعد هجوم», «منذ اغتيال»: an earlier event named to date another is no new report
  if (cuesIn(v, ['demonstrative', 'topic', 'anterior'], t.tokenStart - 1, t.tokenStart).length > 0) return false;
  // «خلال اللقاء» dates the event by one already told; «خلال لقائه العاهل الأردني» tells a new one
  const temporal = cuesIn(v, ['temporal'], t.tokenStart - 1, t.tokenStart).length > 0;
  return !temporal || !(t.reading.split?.article === true || v.tokens[t.tokenStart - 1]?.norm === 'the');
}

/**
 * Whether a verb reading stands where a verb opens a clause: at the start of the sentence, after
 * punctuation, a complementizer, a relative pronoun, «قد» or a negation, or with the conjunction و/ف
 * attached. A word with no noun rule read as a verb elsewhere («وقف» in «وقف إطلاق النار») is most often a noun.
 */
function clauseInitial(v: SentenceView, t: TriggerMatch): boolean {
  const prev = v.tokens[t.tokenStart - 1];
  if (t.tokenStart === v.sentence.tokenStart || prev?.kind !== 'word' || /^[وف]/.test(t.reading.split?.pro ?? '')) return true;
  if (prev.norm === 'قد' || prev.norm === 'لقد') return true;
  return v.cues.some((c) => c.tokenEnd === t.tokenStart && (c.cue === 'complementizer' || c.cue === 'relative' || c.cue === 'negation'));
}

/** English words after which a verb can stand: auxiliaries, pronouns, «to», «and». */
const ENGLISH_BEFORE_VERB = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'did', 'does', 'do', 'not', "n't", 'also', 'to', 'and', 'it', 'he', 'she', 'they', 'we', 'who', 'which', 'that']);

/** Whether an English verb reading follows its subject (an actor phrase), an auxiliary or pronoun, or opens a clause («medical supplies» is no verb). */
function englishVerbSlot(v: SentenceView, t: TriggerMatch): boolean {
  const prev = v.tokens[t.tokenStart - 1];
  if (t.tokenStart === v.sentence.tokenStart || prev?.kind !== 'word' || ENGLISH_BEFORE_VERB.has(prev.norm)) return true;
  return v.actors.some((r) => r.tokenEnd === t.tokenStart);
}

/**
 * «مفاوضات» reads as «negotiators» (a plural of مفاوض) and as «negotiations»: a verbal-noun trigger that
 * is the whole of an actor phrase naming a sector alone (no country, no organisation) is the event — a
 * sector alone names no party.
 */
function bareAgentNoun(r: ResolvedActor, t: TriggerMatch): boolean {
  return !t.reading.verb && r.tokenStart === t.tokenStart && r.tokenEnd === t.tokenEnd && r.headType === 'agent'
    && r.actors.every((a) => !a.country && !a.org);
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
  if (rule.event !== 'PROTEST' || !slots.actor || slots.recipient) return null;
  const country = place?.country ?? slots.actor.actors.find((a) => a.country)?.country ?? null;
  const actor = slots.actor.actors.map((a) => ({ ...a, country: a.country ?? country, sector: a.sector ?? 'CVL' }));
  // protesters in no known country protest against no known government
  if (!country) return { actor, recipient: [] };
  const recipient: Actor = { country, sector: 'GOV', org: null, name: null, role: null, spans: [], sources: [] };
  return { actor, recipient: [recipient] };
}

/** A verbal noun right after a verb trigger (actor phrases aside) is its object: «أدان الهجوم», «endorsed an agreement». */
/**
 * «دعت المنظمة الحوثيين إلى الإفراج عن…», «طالبت مصر إسرائيل بوقف…»: a verbal noun after إلى or ب that
 * follows a demand in its clause, with no verb between, is what is demanded, not an event.
 */
function requestedAct(v: SentenceView, t: TriggerMatch, predicates: readonly Predicate[]): boolean {
  if (v.lang !== 'ar' || t.reading.verb) return false;
  if (v.tokens[t.tokenStart - 1]?.norm !== 'الي' && !/^[وف]?ب/.test(t.reading.split?.pro ?? '')) return false;
  const clause = clauseStart(v, t.tokenStart);
  const demand = [...v.triggers].reverse().find((u) => u.tokenEnd <= t.tokenStart && u.tokenStart >= clause && u.rules.some((r) => r.event === 'REQUEST'));
  return demand !== undefined && !predicates.some((p) => p.tokenStart > demand.tokenStart && p.tokenStart < t.tokenStart && p.kind === 'verb');
}

function objectOfVerbTrigger(v: SentenceView, t: TriggerMatch): boolean {
  // (a demand, a refusal or a threat stated by a verbal noun governs the one after it too: «المطالبة بالإفراج عن…»)
  const governs = (u: TriggerMatch): boolean => u.reading.verb !== null || u.rules.some((r) => GOVERNING_NOUN_EVENTS.has(r.event));
  // (the verb's own subject may stand between: «طلبت الأمم المتحدة الإفراج عن…»)
  return !t.reading.verb && v.triggers.some((u) => {
    if (u === t || !governs(u) || u.tokenEnd > t.tokenStart) return false;
    const between = v.actors.filter((r) => r.tokenStart >= u.tokenEnd && r.tokenEnd <= t.tokenStart);
    const subject = v.lang === 'ar' && u.reading.verb !== null && between.length === 1 && between[0]?.preposition === null && between[0].tokenStart === u.tokenEnd ? between[0] : null;
    if (between.length > 0 && !subject) return false;
    for (let i = u.tokenEnd; i < t.tokenStart; i++) if (v.tokens[i]?.kind !== 'word') return false;
    return t.tokenStart - (subject ? subject.tokenEnd : u.tokenEnd) <= (subject ? 2 : 3);
  });
}

/**
 * Whether the slots license an event: a definite verbal noun («الزيارة», «the attack»; a verbal noun
 * whose genitive is its victim is definite by annexation: «اغتيال الرئيس») refers back to an event already known, and a verbal noun that is the object of a verb trigger («endorsed an
 * agreement») is part of that event, unless it has its own agent (an adjectival nisba, by/من قبل,
 * إقدام) or a light verb governs it («تم التوقيع»); a visit is made by a person or office, not by a
 * plane or a ship.
 */
function licensed(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots): boolean {
  if (rule.mode === 'visit' && slots.actor && !slots.actor.person) return false;
  if (rule.aspect && t.reading.verb && t.reading.verb.aspect !== rule.aspect) return false;
  if (t.reading.verb) return true;
  const ownAgent = slots.actor !== null && slots.actor.tokenStart >= t.tokenEnd && slots.between !== true;
  // the object of a verb trigger («endorsed an agreement», «أدان الهجوم») is part of that event
  if (objectOfVerbTrigger(v, t)) return ownAgent;
  const definite = t.reading.split?.article === true || /^(the|an?)$/.test(v.tokens[t.tokenStart - 1]?.norm ?? '')
    || definiteByAnnexation(v, t, rule);
  if (rule.definite || !definite) return true;
  if (ownAgent || v.cues.some((c) => c.cue === 'agentive' && c.tokenEnd <= t.tokenStart && t.tokenStart - c.tokenEnd <= 5)) return true;
  // a result verb's noun right after it is its subject, not its object: «أسفر الهجوم عن…» tells what the attack caused
  const light = v.cues.some((c) => c.cue === 'light-verb' && c.tokenEnd <= t.tokenStart && t.tokenStart - c.tokenEnd <= 2 && !(RESULT_VERBS.has(c.id) && c.tokenEnd === t.tokenStart));
  return light || slots.patientFrame === true;
}

function isRuleObject(t: TriggerMatch, triggers: readonly TriggerMatch[], objects: ReadonlyArray<LexMatch<ObjectPayload>>): boolean {
  if (t.reading.verb) return false;
  const asked = new Set(objects.filter((m) => m.tokenStart === t.tokenStart).flatMap((m) => m.entries.map((e) => e.payload.ruleId)));
  return triggers.some((u) => u !== t && u.tokenEnd <= t.tokenStart && t.tokenStart - u.tokenEnd <= OBJECT_WINDOW && u.rules.some((r) => asked.has(r.id)));
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
    for (const t of v.triggers) if (!isEventReading(v, t)) note(t, 'not an event reading: inside an actor name, a 1st/2nd person verb, a verb after a relative pronoun, or a noun after a demonstrative, topic or temporal word');
    v.setAside = v.triggers.filter((t) => !isEventReading(v, t));
    v.triggers = v.triggers.filter((t) => isEventReading(v, t));
    const objects = v.triggers.length > 0 ? objectsLex.matchEvery(a.tokens!, v.sentence.tokenStart, v.sentence.tokenEnd) : [];
    // a verb whose every rule needs an object that does not follow («أعلن» without «حالة الطوارئ», «وقف» in
    // «وقف إطلاق النار») is no trigger here: it codes no event, governs no verbal noun, and in Arabic is a
    // predicate only where it opens a clause, in English only where a verb can stand
    const idle = new Set(v.triggers.filter((t) => t.reading.verb && chooseRule(t, objects) === null));
    for (const t of idle) note(t, 'not coded: every rule of this word needs an object that does not follow');
    v.triggers = v.triggers.filter((t) => !idle.has(t) || (v.lang === 'en' ? englishVerbSlot(v, t) : clauseInitial(v, t)));
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
