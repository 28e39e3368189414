/**
 * Which trigger readings may be events, and under which rule: a reading inside an actor name or
 * after a demonstrative is none; a verb whose rules all need an absent object is idle; a verbal
 * noun that is the object of a verb, of a demand, or of another rule is part of that event; a
 * definite verbal noun refers back unless its own agent or a light verb licenses it.
 */
import type { LexMatch } from '../lexicon/lexicon.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { TriggerMatch } from './matches.js';
import { definiteByAnnexation, RESULT_VERBS } from './reported.js';
import type { EventRule, ObjectPayload } from './rules.js';
import { clauseStart, cuesIn, type SentenceView } from './sentence-view.js';
import type { Slots } from './slots.js';
import type { Predicate } from './subjects.js';

/** How far (tokens) after its trigger a rule's object may begin. */
const OBJECT_WINDOW = 8;
/** Events whose verbal noun, like a verb, makes the verbal noun after it its object («المطالبة بالإفراج», «رفض الانسحاب»). */
const GOVERNING_NOUN_EVENTS = new Set(['REQUEST', 'REJECT', 'THREATEN']);

/** How far (tokens) after its trigger a counted subject phrase may begin («رشق مئات المتظاهرين», «تجمع عدد من أنصار»). */
const SUBJECT_REACH = 3;

/**
 * The longest match of one of a rule's subject phrases that stands as the trigger's subject and
 * introduces new participants: right after it and indefinite («أحرق متظاهرون»), or counted («رشق مئات
 * المتظاهرين», «احتشد عدد من الشبان», at most {@link SUBJECT_REACH} tokens after it); 0 when there is
 * none. A definite subject («أحرق المتظاهرون») refers back to a demonstration already told.
 */
function subjectLength(t: TriggerMatch, rule: EventRule, objects: ReadonlyArray<LexMatch<ObjectPayload>>): number {
  let best = 0;
  for (const m of objects) {
    // (a subject right after the verb is new, indefinite: «أحرق متظاهرون»; «أحرق المتظاهرون» goes back to a demonstration told before)
    const counted = m.tokenStart > t.tokenEnd && m.tokenStart - t.tokenEnd <= SUBJECT_REACH;
    // (unless the rule writes the phrase "@@": an act that only a demonstration does, «أغلق المتظاهرون الطريق»)
    const definite = m.readings[0]?.split?.article === true;
    const placed = (e: ObjectPayload): boolean => counted || (m.tokenStart === t.tokenEnd && (!definite || e.definiteSubject));
    if (m.entries.some((e) => e.payload.ruleId === rule.id && e.payload.subject && placed(e.payload))) best = Math.max(best, m.tokenEnd - m.tokenStart);
  }
  return best;
}

/**
 * Whether a subject phrase is a bare count of things, not of people: a quantifier (آلاف، مئات،
 * عشرات…) annexed to a definite noun that names no actor and is no subject phrase itself («تجمعت
 * مئات السيارات»), where a crowd is a count of people («تجمع عشرات الفلسطينيين», «احتشد مئات الطلاب»).
 * Such a match is dropped before rules are chosen.
 */
export function countOfThings(v: SentenceView, m: LexMatch<ObjectPayload>, objects: ReadonlyArray<LexMatch<ObjectPayload>>): boolean {
  if (!m.entries.every((e) => e.payload.subject) || cuesIn(v, ['quantifier'], m.tokenStart, m.tokenEnd).length === 0) return false;
  const next = v.tokens[m.tokenEnd];
  if (m.tokenEnd >= v.sentence.tokenEnd || next?.kind !== 'word' || !next.norm.startsWith('ال')) return false;
  return !v.actors.some((a) => a.tokenStart === m.tokenEnd) && !objects.some((o) => o.tokenStart === m.tokenEnd && o.entries.some((e) => e.payload.subject));
}

/** How far (tokens) before an intransitive verb its subject phrase may end (an adjective between: «عبوة ناسفة انفجرت»). */
const PREVERBAL_REACH = 2;

/**
 * The longest match of one of a rule's object phrases after the trigger, within {@link OBJECT_WINDOW}
 * (or, for a phrase written "^", ending at most {@link PREVERBAL_REACH} tokens before it); 0 when there is none.
 */
function objectLength(t: TriggerMatch, rule: EventRule, objects: ReadonlyArray<LexMatch<ObjectPayload>>): number {
  let best = 0;
  for (const m of objects) {
    // (a verb joined by و/ف opens a clause of its own: «ضبطت الشرطة سيارة، وانفجر غضب الشارع»)
    const before = m.tokenEnd <= t.tokenStart && t.tokenStart - m.tokenEnd <= PREVERBAL_REACH && !/^[وف]/.test(t.reading.split?.pro ?? '')
      && m.entries.some((e) => e.payload.ruleId === rule.id && e.payload.preverbal);
    if (!before && (m.tokenStart < t.tokenEnd || m.tokenStart - t.tokenEnd > OBJECT_WINDOW)) continue;
    if (m.entries.some((e) => e.payload.ruleId === rule.id && !e.payload.subject && (!e.payload.possessive || (m.readings.at(-1)?.split?.enc ?? '') !== ''))) {
      best = Math.max(best, m.tokenEnd - m.tokenStart);
    }
  }
  return best;
}

/**
 * The rule a trigger fires: among those whose object follows and whose subject phrase stands as its
 * subject (each where the rule asks for one), the one with the longest such phrases («launched air
 * strikes» over «launched strikes»), the first in file order on a tie; else the first rule that asks
 * for neither.
 */
export function chooseRule(t: TriggerMatch, objects: ReadonlyArray<LexMatch<ObjectPayload>>): EventRule | null {
  let best: EventRule | null = null;
  let bestLength = 0;
  for (const r of t.rules) {
    if (r.objects.length === 0 && r.subjects.length === 0) continue;
    const subject = r.subjects.length > 0 ? subjectLength(t, r, objects) : 0;
    const object = r.objects.length > 0 ? objectLength(t, r, objects) : 0;
    if ((r.subjects.length > 0 && subject === 0) || (r.objects.length > 0 && object === 0)) continue;
    if (subject + object > bestLength) {
      best = r;
      bestLength = subject + object;
    }
  }
  return best ?? t.rules.find((r) => r.objects.length === 0 && r.subjects.length === 0) ?? null;
}

/**
 * A participle of accompaniment («…، داعياً», «…، متهماً باريس») follows its clause after a comma or
 * «و»; the same letters after a count or elsewhere are a noun («إحالة أوراق 10 متهمين»: defendants).
 * Triggers of other rules pass.
 */
function accompanyingParticiple(v: SentenceView, t: TriggerMatch): boolean {
  if (v.lang !== 'ar' || !t.rules.every((r) => r.id.endsWith('-participle'))) return true;
  const prev = v.tokens[t.tokenStart - 1];
  return !prev || prev.kind === 'punct' || prev.kind === 'quote' || /^[وف]/.test(t.reading.split?.pro ?? '');
}

/** Tanween (ً ٌ ٍ): a mark that only a noun carries. */
const TANWEEN = /[\u064B-\u064D]/u;

/**
 * Whether a trigger word is a noun of time that shares its letters («فجر»: dawn, or «فجّر»: he
 * detonated): it carries tanween («الثالثة فجراً»), or another word of time or a date follows it
 * («فجر أمس», «فجر الجمعة»).
 */
function timeNoun(v: SentenceView, t: TriggerMatch): boolean {
  if (v.lang !== 'ar' || !v.cues.some((c) => c.cue === 'time-word' && c.tokenStart === t.tokenStart)) return false;
  if (TANWEEN.test(v.text.slice(t.start, t.end))) return true;
  return v.cues.some((c) => c.cue === 'time-word' && c.tokenStart === t.tokenEnd) || v.dates.some((d) => d.tokenStart === t.tokenEnd);
}

/**
 * Filters trigger readings that cannot be events: a word inside an actor phrase (وزير is not زِير), a noun of time («فجر أمس»),
 * a verb in the 1st singular or 2nd person (narrative news reports 3rd persons; «نحن ندين» is kept),
 * an Arabic verb right after a relative pronoun (it describes a known antecedent),
 * a verbal noun after a demonstrative («هذا العدوان»: an event already reported), a topic
 * preposition («بشأن المشاورات»: a subject of talks, not talks), an anterior one («بعد هجوم»: an
 * earlier event that dates another) or a temporal one before a definite noun («خلال اللقاء»).
 */
export function isEventReading(v: SentenceView, t: TriggerMatch): boolean {
  if (v.actors.some((r) => r.tokenStart < t.tokenEnd && t.tokenStart < r.tokenEnd && !bareAgentNoun(r, t) && !widerEnglishNoun(v, r, t))) return false;
  if (timeNoun(v, t)) return false;
  if (v.cues.some((c) => c.cue === 'topic' && c.tokenStart <= t.tokenStart && t.tokenEnd <= c.tokenEnd)) return false;
  const verb = t.reading.verb;
  if (verb && capitalizedInName(v, t)) return false;
  if (!verb && !accompanyingParticiple(v, t)) return false;
  // «الرئيس الذي اغتيل عام 2005»: an Arabic relative pronoun follows a definite antecedent only, and
  // the verb right after it describes that known referent — an event told before, not a new one
  if (verb && v.lang === 'ar' && cuesIn(v, ['relative'], t.tokenStart - 1, t.tokenStart).length > 0) return false;
  if (verb) return verb.person === 3 || (verb.person === 1 && verb.number === 'pl');
  // «بعد هجوم», «منذ اغتيال»: an earlier event named to date another is no new report
  // (a cue of several words ends right before the noun: «بالتورط في اعتداءات»)
  if (v.cues.some((c) => c.tokenEnd === t.tokenStart && (c.cue === 'demonstrative' || c.cue === 'topic' || c.cue === 'anterior'))) return false;
  // «خلال اللقاء» dates the event by one already told; «خلال لقائه العاهل الأردني» tells a new one
  const temporal = cuesIn(v, ['temporal'], t.tokenStart - 1, t.tokenStart).length > 0;
  return !temporal || !(t.reading.split?.article === true || v.tokens[t.tokenStart - 1]?.norm === 'the');
}

/**
 * Whether a verb reading stands where a verb opens a clause: at the start of the sentence, after
 * punctuation, a complementizer, a relative pronoun, «قد» or a negation, or with the conjunction و/ف
 * attached. A word with no noun rule read as a verb elsewhere («وقف» in «وقف إطلاق النار») is most often a noun.
 */
export function clauseInitial(v: SentenceView, t: TriggerMatch): boolean {
  const prev = v.tokens[t.tokenStart - 1];
  if (t.tokenStart === v.sentence.tokenStart || prev?.kind !== 'word' || /^[وف]/.test(t.reading.split?.pro ?? '')) return true;
  if (prev.norm === 'قد' || prev.norm === 'لقد') return true;
  return v.cues.some((c) => c.tokenEnd === t.tokenStart && (c.cue === 'complementizer' || c.cue === 'relative' || c.cue === 'negation'));
}

/** English words after which a verb can stand: auxiliaries, pronouns, «to», «and». */
const ENGLISH_BEFORE_VERB = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'did', 'does', 'do', 'not', "n't", 'also', 'to', 'and', 'it', 'he', 'she', 'they', 'we', 'who', 'which', 'that']);

/** Whether an English verb reading follows its subject (an actor phrase), an auxiliary or pronoun, or opens a clause («medical supplies» is no verb). */
export function englishVerbSlot(v: SentenceView, t: TriggerMatch): boolean {
  const prev = v.tokens[t.tokenStart - 1];
  if (t.tokenStart === v.sentence.tokenStart || prev?.kind !== 'word' || ENGLISH_BEFORE_VERB.has(prev.norm)) return true;
  return v.actors.some((r) => r.tokenEnd === t.tokenStart);
}

/**
 * «giant “Free Tibet” banners», «the Stop the War Coalition»: an English verb written with a capital
 * inside a sentence is a word of a name or slogan, not a verb — unless it opens a quotation after
 * a colon or comma («said: “Attack them”»).
 */
function capitalizedInName(v: SentenceView, t: TriggerMatch): boolean {
  if (v.lang !== 'en' || t.tokenStart === v.sentence.tokenStart) return false;
  if (!/^[A-Z]/.test(v.text.slice(t.start, t.start + 1))) return false;
  // (quotation marks, backticks included, are passed over)
  let k = t.tokenStart - 1;
  while (k >= v.sentence.tokenStart && v.tokens[k]?.kind !== 'word' && /^[`'"“”‘’«»]+$/.test(v.tokens[k]?.norm ?? '')) k--;
  const prev = v.tokens[k];
  return k >= v.sentence.tokenStart && prev?.kind === 'word';
}

/** «military exercises», «naval drills»: an English multi-word noun trigger that holds a whole agent phrase («military») and more is the event. */
function widerEnglishNoun(v: SentenceView, r: ResolvedActor, t: TriggerMatch): boolean {
  if (v.lang !== 'en' || t.reading.verb || r.headType !== 'agent') return false;
  // («a Ukrainian drone strike»: the agent's head noun is the first word of the event noun, which goes on after it)
  if (r.tokenStart < t.tokenStart && r.tokenEnd > t.tokenStart && r.tokenEnd < t.tokenEnd) return true;
  return r.tokenStart >= t.tokenStart && r.tokenEnd <= t.tokenEnd && r.tokenEnd - r.tokenStart < t.tokenEnd - t.tokenStart;
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
 * «دعت المنظمة الحوثيين إلى الإفراج عن…», «طالبت مصر إسرائيل بوقف…»: a verbal noun after إلى or ب that
 * follows a demand in its clause, with no verb between, is what is demanded, not an event.
 */
export function requestedAct(v: SentenceView, t: TriggerMatch, predicates: readonly Predicate[]): boolean {
  if (v.lang !== 'ar' || t.reading.verb) return false;
  if (v.tokens[t.tokenStart - 1]?.norm !== 'الي' && !/^[وف]?ب/.test(t.reading.split?.pro ?? '')) return false;
  const clause = clauseStart(v, t.tokenStart);
  const demand = [...v.triggers].reverse().find((u) => u.tokenEnd <= t.tokenStart && u.tokenStart >= clause && u.rules.some((r) => r.event === 'REQUEST'));
  return demand !== undefined && !predicates.some((p) => p.tokenStart > demand.tokenStart && p.tokenStart < t.tokenStart && p.kind === 'verb');
}

/** A verbal noun right after a verb trigger (actor phrases aside) is its object: «أدان الهجوم», «endorsed an agreement». */
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
export function licensed(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots): boolean {
  // (a government sends a delegation, «أرسلت مصر وفداً»: a rule whose object is the visitors needs no person as actor)
  if (rule.mode === 'visit' && rule.objects.length === 0 && slots.actor && !slots.actor.person) return false;
  if (rule.aspect && t.reading.verb && t.reading.verb.aspect !== rule.aspect) return false;
  if (t.reading.verb || slots.claimed) return true;
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

/**
 * Whether a verbal-noun trigger is the object an earlier trigger's rule asks for («وقّع العراق وتركيا
 * اتفاقاً», «توقيع اتفاق»): then it is part of that event, not one of its own.
 *
 * @param objects - every rule-object match of the sentence (see `Lexicon.matchEvery`)
 */
export function isRuleObject(t: TriggerMatch, triggers: readonly TriggerMatch[], objects: ReadonlyArray<LexMatch<ObjectPayload>>): boolean {
  if (t.reading.verb) return false;
  const asked = new Set(objects.filter((m) => m.tokenStart === t.tokenStart).flatMap((m) => m.entries.filter((e) => !e.payload.subject).map((e) => e.payload.ruleId)));
  return triggers.some((u) => u !== t && u.tokenEnd <= t.tokenStart && t.tokenStart - u.tokenEnd <= OBJECT_WINDOW && u.rules.some((r) => asked.has(r.id)));
}

/**
 * Whether a trigger lies inside the object an earlier trigger's chosen rule asks for: «faced
 * pressure from», «warned against all travel to» — in English a word there is part of that event,
 * whatever its reading (a verb reading too: «pressure» is no verb after «faced»).
 */
export function insideRuleObject(t: TriggerMatch, triggers: readonly TriggerMatch[], objects: ReadonlyArray<LexMatch<ObjectPayload>>): boolean {
  return triggers.some((u) => {
    if (u === t || u.tokenEnd > t.tokenStart) return false;
    const rule = chooseRule(u, objects);
    if (!rule || rule.objects.length === 0) return false;
    return objects.some((m) => m.tokenStart <= t.tokenStart && t.tokenEnd <= m.tokenEnd
      && m.tokenStart >= u.tokenEnd && m.tokenStart - u.tokenEnd <= OBJECT_WINDOW && m.entries.some((e) => e.payload.ruleId === rule.id));
  });
}
