/**
 * When a material-conflict event (an attack, a demonstration) is reported rather than only named:
 * events coded with an unknown recipient (PLOVER requires none for PROTEST and ASSAULT), verbal nouns
 * that a verb reports, and verbal nouns that name an event already known (definite by annexation).
 */
import type { Actor } from '../model/event.js';
import type { CueMatch, TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import { clauseStart, cuesIn, type SentenceView } from './sentence-view.js';
import { CIRCUMSTANCE_WORDS, genitiveIsPatient, type Slots, VICTIM_EVENTS } from './slots.js';

/**
 * Material-conflict events that PLOVER codes without a recipient («Requires recipient: No»), and
 * that news reports without naming one: a bombing whose victims have no nationality, a
 * demonstration with no target. They are coded with the recipient unknown (an empty list) or known
 * by sector only; other events need a recipient with a country or organisation.
 */
export const OPEN_RECIPIENT = new Set(['ASSAULT', 'PROTEST']);
/**
 * Events whose verbal noun («هجوم», «مظاهرة») is coded only when a verb reports it or its own agent
 * claims it (see `reportedByVerb`): news names attacks and demonstrations far more often than it
 * reports them (a charge, a file, a cause, a comparison).
 */
export const REPORTED_NOUN_EVENTS = new Set(['ASSAULT', 'PROTEST']);

/**
 * An event of {@link OPEN_RECIPIENT} whose recipient is not named (or is the actor itself): coded with
 * the recipient unknown — unless its verbal noun stands in the clause of another event («أدانت الكويت
 * الهجوم الإيراني» condemns an attack; who was attacked must be said for the attack to be coded on its own).
 */
export function openDyad(slots: Slots, rule: EventRule): { actor: Actor[]; recipient: Actor[] } | null {
  if (!OPEN_RECIPIENT.has(rule.event)) return null;
  const actor = slots.actor?.actors ?? [];
  if (actor.some((a) => a.country || a.org)) return null;
  return { actor, recipient: [] };
}

/** A verbal noun's own agent with a country or organisation: a genitive or adjective after it («غارات التحالف», «الغارات الإسرائيلية»), in English a nationality right before it («Israeli air strikes») or a phrase ending inside it («a Ukrainian drone strike»). */
export function hasOwnAgent(v: SentenceView, t: TriggerMatch, slots: Slots): boolean {
  const a = slots.actor;
  if (!a || !a.actors.some((x) => x.country || x.org)) return false;
  // (in English before the noun, or ending inside it: «a Ukrainian drone strike»)
  return a.tokenStart >= t.tokenEnd || (v.lang === 'en' && a.tokenStart < t.tokenStart && a.tokenEnd >= t.tokenStart && a.tokenEnd <= t.tokenEnd);
}

/** Light verbs of result («أسفر عن», «أدى إلى», «أوقع»). */
export const RESULT_VERBS: ReadonlySet<string> = new Set(['ar-light-asfara', 'ar-light-adda', 'ar-light-awqaa']);

/** How far (tokens) a light or speech verb may stand before the verbal noun it reports (its subject between: «نظم طلاب جامعة الخرطوم أمس مظاهرة»). */
const GOVERNOR_REACH = 7;


/**
 * Whether a verb reports the event of a trigger that names no recipient: the trigger is a verb; or a
 * verbal noun governed by a light verb («شنّ هجوماً», «أسفر عن مقتل»), a patient frame («تعرض
 * لهجوم»), an agentive noun («إقدام … على»), a speech verb right before it («أعلنت المصادر مقتل…»),
 * or the circumstance casualties fell in («قتل 5 وأصيب 20 في انفجار»). A verbal noun on its own names
 * an event (a topic, a charge, a reference) rather than reporting one.
 */
export function reportedByVerb(v: SentenceView, t: TriggerMatch, rule: EventRule, slots: Slots): boolean {
  if (t.reading.verb || slots.patientFrame) return true;
  if (cuesIn(v, ['agentive'], Math.max(clauseStart(v, t.tokenStart), t.tokenStart - 5), t.tokenStart).length > 0) return true;
  // the verb that governs the noun in its clause is a light verb («نظم طلاب الجامعة مظاهرة»), or a speech
  // verb that announces a casualty («أعلنت المصادر مقتل ثلاثة جنود»)
  const g = slots.governor;
  const kinds: Parameters<typeof cuesIn>[1] = genitiveIsPatient(rule) ? ['light-verb', 'speech-verb'] : ['light-verb'];
  const verbs = g ? cuesIn(v, kinds, g.tokenStart, g.tokenEnd) : [];
  if (g && verbs.length > 0 && g.tokenEnd <= t.tokenStart && t.tokenStart - g.tokenEnd <= GOVERNOR_REACH && g.tokenStart >= clauseStart(v, t.tokenStart)
    && (v.lang !== 'ar' || (verbs.some((c) => finiteReport(v, c)) && objectOf(v, g.tokenEnd, t)))) return true;
  const prev = v.tokens[t.tokenStart - 1]?.norm ?? '';
  const circumstance = CIRCUMSTANCE_WORDS.has(prev) || /^[وف]?ب/.test(t.reading.split?.pro ?? '');
  const casualties = v.cues.some((c) => c.cue === 'casualty')
    || v.triggers.some((u) => u !== t && u.rules.some((r) => r.event === 'ASSAULT' && (u.reading.verb !== null || r.subject === 'recipient')));
  return circumstance && casualties;
}

/**
 * Whether an Arabic light or speech verb reports: a verb of the 3rd person in the perfect («شنّت», «نفّذوا»,
 * «تمّ»). The same letters after a preposition or a relative pronoun are a verbal noun («في شنّ
 * ضربات», «بصدد شنّ هجوم») or describe a known referent («الذين نفّذوا الاعتداء»); the bare
 * imperfect («يتم فيها اغتيال») tells what happens, not what happened.
 */
function finiteReport(v: SentenceView, c: CueMatch): boolean {
  const verb = c.reading.verb;
  // (an imperative reading is the same letters as a past one: «أقدم» is «أَقدَمَ» as well as «أَقدِمْ»)
  if (!verb || verb.aspect === 'imperfect' || (verb.aspect === 'perfect' && verb.person !== 3)) return false;
  // (a verb of result after a relative, «مما أسفر عن مقتل», «الأمر الذي أدى إلى مقتل», tells what the event just told caused)
  const result = RESULT_VERBS.has(c.id);
  return !v.cues.some((x) => x.tokenEnd === c.tokenStart && ((x.cue === 'relative' && !result) || x.cue === 'preposition' || x.cue === 'topic' || x.cue === 'generic'));
}

/**
 * Whether the verbal noun `t` is the object of the verb that ends at `from`, not the genitive of
 * another noun: it stands at most two words after the verb, or the word right before it is a word of
 * an actor phrase (the verb's subject), a cue word (a preposition: «قام بـ», «أقدم على»; a time word:
 * «أمس»), or punctuation. «بملف اغتيال», «محاولة شن هجوم», «ذكرى
 * اغتيال» name an attack as the complement of a noun (a file, an attempt, an anniversary).
 */
const OBJECT_AFTER_SUBJECT = 2;

function objectOf(v: SentenceView, from: number, t: TriggerMatch): boolean {
  const before = t.tokenStart - 1;
  // (a noun after punctuation, or governed by the proclitic ب of «قام بـ», is no genitive; nor is one at most two
  // words after the verb, its subject and a modifier between: «أعلنت مصادر أمنية مقتل…», «شنت طائرات التحالف غارات»)
  if (t.tokenStart - from <= OBJECT_AFTER_SUBJECT || /^[وف]?ب/.test(t.reading.split?.pro ?? '')) return true;
  const token = v.tokens[before];
  if (token?.kind !== 'word') return true;
  return v.actors.some((r) => r.tokenStart <= before && before < r.tokenEnd)
    || v.cues.some((c) => c.tokenStart <= before && before < c.tokenEnd);
}

/** A verbal noun in the clause of a verb trigger of another event type, no verb between: «أدانت الكويت الهجوم», «نفت الحركة مسؤوليتها عن خطف…». */
export function inOtherEventClause(v: SentenceView, t: TriggerMatch, rule: EventRule): boolean {
  if (t.reading.verb) return false;
  const clause = clauseStart(v, t.tokenStart);
  const verb = [...v.triggers].reverse().find((u) => u.reading.verb && u.tokenEnd <= t.tokenStart && clauseStart(v, u.tokenStart) === clause);
  return verb !== undefined && !verb.rules.some((r) => r.event === rule.event)
    && !v.cues.some((c) => (c.cue === 'light-verb' || c.cue === 'speech-verb') && c.tokenStart >= verb.tokenEnd && c.tokenEnd <= t.tokenStart);
}

/**
 * An Arabic verbal noun definite by annexation, which names an event already known: one whose genitive
 * is its victim and is definite (a name, a word with the article: «اغتيال الرئيس», «خطف السفينة»);
 * one whose genitive is a named place («هجوم غلاسكو», «اعتداءات مومباي»); and an act of force with
 * a possessive pronoun («قتله», «اعتداءاتها», «اعتقاله»: his killing, its attacks, his arrest —
 * stance nouns such as «دعمه» and «رفضه» state a position anew and are left alone).
 */
export function definiteByAnnexation(v: SentenceView, t: TriggerMatch, rule: EventRule): boolean {
  if (v.lang !== 'ar' || t.reading.verb) return false;
  const patient = genitiveIsPatient(rule);
  if ((t.reading.split?.enc ?? '') !== '') return patient || VICTIM_EVENTS.has(rule.event);
  const next = v.tokens[t.tokenEnd];
  if (!next || next.kind !== 'word') return false;
  const genitive = v.actors.find((r) => r.tokenStart === t.tokenEnd && r.preposition === null);
  if (genitive?.kind === 'place') return true;
  return patient && (/^ال/.test(next.norm) || (genitive?.kind === 'actor' && genitive.headType !== 'nisba'));
}
