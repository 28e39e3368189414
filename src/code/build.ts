/**
 * Turns a fired rule and its slots into the event record of DESIGN §3: CAMEO code, QuadClass and
 * Goldstein from the codebook, PLOVER mode and contexts, place, date and provenance.
 */
import { cameo } from '../codebook/cameo.js';
import type { Actor, Auxiliary, DateSource, MarsadEvent, Place } from '../model/event.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import { clauseStart, type SentenceView } from './sentence-view.js';

const LOCATIVE = new Set(['في', 'ب', 'in', 'at']);

/** A locative preposition, with the conjunction و/ف attached or not («وفي الخرطوم»). */
function locative(preposition: string | null): boolean {
  const p = preposition ?? '';
  return LOCATIVE.has(p) || (/^[وف]./.test(p) && LOCATIVE.has(p.slice(1)));
}
/** How far (tokens) from its trigger a place may be named to be the event's place. */
const PLACE_REACH = 20;

/** The place of an event: the place named nearest its trigger (within 20 tokens), one after a locative preposition first. */
export function eventPlace(v: SentenceView, triggerToken: number): Place | null {
  const places = v.actors.filter((r) => r.place !== null && Math.abs(r.tokenStart - triggerToken) <= PLACE_REACH);
  const byDistance = (list: typeof places) => [...list].sort((x, y) => Math.abs(x.tokenStart - triggerToken) - Math.abs(y.tokenStart - triggerToken))[0];
  // (a body of a place, «للشرطة في بغداد», carries the place it is in)
  const located = byDistance(places.filter((r) => locative(r.preposition))) ?? byDistance(places.filter((r) => r.kind === 'place' || r.headType === 'agent'));
  return located?.place ?? null;
}

/** The date of an event: the date expression of its sentence nearest the trigger, else the publication date. */
export function eventDate(a: Analysis, v: SentenceView, triggerToken: number): { date: string | null; dateSource: DateSource | null; future: boolean } {
  const clause = clauseStart(v, triggerToken);
  const main = v.sentence.tokenStart;
  // a date in the trigger's own clause, else a past date of the main clause («قال اليوم إنه وقّع…»)
  const own = v.dates.filter((x) => clauseStart(v, x.tokenStart) === clause);
  const inherited = v.dates.filter((x) => clauseStart(v, x.tokenStart) === main && !x.future);
  const d = [...(own.length > 0 ? own : inherited)].sort((x, y) => Math.abs(x.tokenStart - triggerToken) - Math.abs(y.tokenStart - triggerToken))[0];
  if (d) return { date: d.date, dateSource: d.source, future: d.future };
  return a.doc.publishedAt ? { date: a.doc.publishedAt, dateSource: 'publication', future: false } : { date: null, dateSource: null, future: false };
}

/** Inputs to {@link buildEvent}. */
export interface EventParts {
  rule: EventRule;
  cameoCode: string;
  mode: string | null;
  trigger: TriggerMatch;
  actor: Actor[];
  recipient: Actor[];
  auxiliary: Auxiliary[];
  location: Place | null;
  date: { date: string | null; dateSource: DateSource | null };
}

/** Builds one event record. */
export function buildEvent(a: Analysis, p: EventParts, seq: number): MarsadEvent {
  const code = cameo(p.cameoCode);
  return {
    id: `${a.doc.id}:${seq}`,
    docId: a.doc.id,
    event: code.plover ?? p.rule.event,
    mode: p.mode,
    contexts: code.contexts,
    cameo: code.code,
    quadClass: code.quadClass,
    goldstein: code.goldstein,
    actor: p.actor,
    recipient: p.recipient,
    symmetric: p.rule.symmetric,
    location: p.location,
    date: p.date.date,
    dateSource: p.date.dateSource,
    auxiliary: p.auxiliary,
    sentence: p.trigger.sentence,
    trigger: { start: p.trigger.start, end: p.trigger.end },
    triggerText: a.doc.text.slice(p.trigger.start, p.trigger.end),
    ruleId: p.rule.id,
    evidence: [{ sentence: p.trigger.sentence, trigger: { start: p.trigger.start, end: p.trigger.end }, ruleId: p.rule.id }],
  };
}
