/**
 * The identity of an event across documents: GDELT 2.0 counts the reports of one event as its
 * mentions; Marsad calls two reports the same event when they agree on date, PLOVER event type,
 * actor, recipient and unreal auxiliary modes (a denied visit is not the visit).
 */
import { UNREAL_MODES, type Actor, type MarsadEvent } from '../model/event.js';

/** The code of one actor: its organisation, else `COUNTRY:SECTOR` (`---` for an unknown country). */
export function actorCode(a: Actor): string {
  if (a.org) return a.org;
  return `${a.country ?? '---'}${a.sector ? `:${a.sector}` : ''}`;
}

/** The code of one side (actor list) of an event: its actors' codes, sorted and joined with `+`; `-` when empty. */
export function sideCode(actors: readonly Actor[]): string {
  if (actors.length === 0) return '-';
  return [...new Set(actors.map(actorCode))].sort().join('+');
}

/** The auxiliary modes that keep an event out of counts, sorted. */
export function unrealModes(e: MarsadEvent): string[] {
  return e.auxiliary.filter((m) => UNREAL_MODES.has(m)).sort();
}

/**
 * The cross-document key of an event.
 *
 * @param documentHash - the reporting document's content hash, which stands in for a missing date
 * @returns `date|EVENT|actor|recipient|modes`, e.g. `2024-10-29|CONSULT|BLR:GOV|SYR:GOV|`; a symmetric
 *   event's two sides are put in sorted order, so "A met B" and "B met A" share a key
 */
export function eventKey(e: MarsadEvent, documentHash: string): string {
  let a = sideCode(e.actor);
  let r = sideCode(e.recipient);
  if (e.symmetric && r < a) [a, r] = [r, a];
  // an undated event cannot be told to be the same as another document's: it stays its document's own
  return [e.date ?? `undated:${documentHash.slice(0, 16)}`, e.event, a, r, unrealModes(e).join(',')].join('|');
}
