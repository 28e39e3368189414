/**
 * Recipients found beyond the clause's actor phrases: a place attacked or visited, a place named
 * before a passive verb, and the author of something a demonstrative object refers back to.
 */
import type { Actor } from '../model/event.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { TriggerMatch } from './matches.js';
import type { EventRule } from './rules.js';
import { clauseStart, type SentenceView } from './sentence-view.js';
import type { Predicate } from './subjects.js';

/** Events whose object may be «these statements», «this decision» told before. */
const BACK_REFERENCE_EVENTS = new Set(['ACCUSE', 'REJECT', 'SUPPORT']);
const BACK_REFERENCE_REACH = 60;
/** Prepositions that name the author of something said or done: «صدرت عن», «من قبل», «by». */
const AUTHORSHIP = new Set(['عن', 'من', 'من قبل', 'by']);

/** The actor phrases starting in `[from, to)`, found by binary search in the document's ordered list. */
function actorsBetween(actors: readonly ResolvedActor[], from: number, to: number): ResolvedActor[] {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((actors[mid]?.tokenStart ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedActor[] = [];
  for (let k = lo; k < actors.length && (actors[k]?.tokenStart ?? Infinity) < to; k++) out.push(actors[k] as ResolvedActor);
  return out;
}

/**
 * «…تصريحات صدرت عن مسؤولين إيرانيين. وأدانت الكويت هذه التصريحات»: a demonstrative object names
 * something told before; its author (the actor phrase right after its earlier mention) is the
 * recipient.
 */
export function demonstrativeAntecedent(v: SentenceView, t: TriggerMatch, actor: ResolvedActor | null): ResolvedActor | null {
  if (!t.rules.some((r) => BACK_REFERENCE_EVENTS.has(r.event))) return null;
  const dem = v.cues.find((c) => c.cue === 'demonstrative' && c.tokenStart >= t.tokenEnd && c.tokenStart - t.tokenEnd <= 8);
  const noun = dem ? v.tokens[dem.tokenEnd] : undefined;
  if (!dem || !noun || noun.kind !== 'word') return null;
  const bare = (norm: string): string => norm.replace(/^[وفبل]?(ال)?/, '').replace(/(?<=...)ا$/, '');
  const stem = bare(noun.norm);
  const own = actor?.actors[0]?.country;
  const foreign = (r: ResolvedActor): boolean => r.kind === 'actor' && r.actors.some((a) => a.country && a.country !== own);
  const lowest = Math.max(0, dem.tokenStart - BACK_REFERENCE_REACH);
  const nearby = actorsBetween(v.documentActors, lowest - 6, dem.tokenStart);
  for (let i = dem.tokenStart - 1; i >= lowest; i--) {
    if (bare(v.tokens[i]?.norm ?? '') !== stem) continue;
    // its author follows it («تصريحات صدرت عن مسؤولين إيرانيين») or precedes it («أصدرت الحكومة الإثيوبية قراراً»)
    const after = nearby.find((r) => r.tokenStart > i && r.tokenStart - i <= 6 && foreign(r) && AUTHORSHIP.has(r.preposition ?? ''));
    const before = [...nearby].reverse().find((r) => r.tokenEnd <= i && i - r.tokenEnd <= 4 && foreign(r));
    if (after ?? before) return after ?? before ?? null;
  }
  return null;
}

/**
 * Events whose target may be a place: «غارات على جنوب لبنان» targets Lebanon, «هدد بشن عملية في
 * قطاع غزة» threatens Palestine, «سفيرها في بيروت» is recalled from Lebanon, aid «إلى غزة» goes to
 * Palestine; and a visit to a capital («وصل إلى الرياض») is a visit to its country.
 */
const PLACE_TARGETS = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'THREATEN', 'SANCTION', 'RETREAT', 'AID']);
/** CAMEO 043, host a visit: its recipient is the visitor. */
const HOST_VISIT = '043';

/** The country of a place attacked (or marked by the rule's preposition), as the recipient of an event with no actor-phrase target. */
export function placeTarget(v: SentenceView, t: TriggerMatch, rule: EventRule, predicates: readonly Predicate[], actorCountry: string | null = null): ResolvedActor | null {
  const next = predicates.find((p) => p.tokenStart >= t.tokenEnd);
  const places = v.actors.filter((r) => r.kind === 'place' && r.place && r.tokenStart >= t.tokenEnd && r.tokenStart - t.tokenEnd <= 10
    && (!next || r.tokenStart < next.tokenStart));
  // a place marked by the rule's preposition first: aid sent «عبر العريش إلى غزة» goes to Gaza; for other
  // events only such a place counts («أعادت فتح سفارتها في دمشق»: the rule's في names the host)
  const prep = rule.prep;
  const marked = prep ? places.find((r) => r.preposition === prep || (prep.length === 1 && r.preposition?.startsWith(prep) === true)) : undefined;
  // (a host receives visitors where it is: «استقبل … في دمشق» names no one visited)
  const place = PLACE_TARGETS.has(rule.event) || (rule.mode === 'visit' && rule.cameo !== HOST_VISIT) ? marked ?? places[0] : marked;
  if (!place?.place) return null;
  // a place of the actor's own country («حاصرت القوات السورية مدينة درعا») stands for its people
  const own = actorCountry !== null && place.place.country === actorCountry;
  // troops alerted or sent inside their own country are not aimed at its people
  if (own && rule.event === 'MOBILIZE') return null;
  const actor: Actor = { country: place.place.country, sector: own ? 'CVL' : null, org: null, name: null, role: null, spans: [{ start: place.start, end: place.end }], sources: [place.place.id] };
  return { ...place, kind: 'actor', actors: [actor] };
}

/** A place named before the verb in its clause, as the country attacked («Aleppo was shelled»). */
export function placeBefore(v: SentenceView, t: TriggerMatch): ResolvedActor | null {
  const start = clauseStart(v, t.tokenStart);
  const place = v.actors.find((r) => r.kind === 'place' && r.place && r.tokenStart >= start && r.tokenEnd <= t.tokenStart);
  if (!place?.place) return null;
  const actor: Actor = { country: place.place.country, sector: null, org: null, name: null, role: null, spans: [{ start: place.start, end: place.end }], sources: [place.place.id] };
  return { ...place, kind: 'actor', actors: [actor] };
}
