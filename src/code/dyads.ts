/**
 * Dyads from filled slots: an actor phrase with the phrases coordinated after it («فرنسا وألمانيا
 * وبريطانيا»), a joint event's compound subject split into its two sides, and the dyad of an event
 * that needs no recipient.
 */
import type { Actor } from '../model/event.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { EventRule } from './rules.js';
import type { SentenceView } from './sentence-view.js';
import type { Slots } from './slots.js';

/** A phrase that can fill a slot: not a bare place, and naming at least one actor. */
export function usable(r: ResolvedActor): boolean {
  return r.kind !== 'place' && r.actors.length > 0;
}

/** The same single actor (country, organisation and sector), or the same phrase. */
export function sameActor(x: ResolvedActor | null, y: ResolvedActor | null): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const a = x.actors[0];
  const b = y.actors[0];
  return x.actors.length === 1 && y.actors.length === 1 && !!a && !!b && a.country === b.country && a.org === b.org && a.sector === b.sector;
}

/** The actors of a phrase and of the phrases coordinated right after it with و (or English «and»). */
function withConjuncts(v: SentenceView, r: ResolvedActor): Actor[] {
  return [r, ...conjunctPhrases(v, r)].flatMap((p) => p.actors);
}

/** The phrases coordinated right after a phrase («فرنسا وألمانيا وبريطانيا»). */
export function conjunctPhrases(v: SentenceView, r: ResolvedActor): ResolvedActor[] {
  if (v.lang === 'en') return englishConjuncts(v, r);
  const out: ResolvedActor[] = [];
  let end = r.tokenEnd;
  for (const next of v.actors) {
    if (next.tokenStart < end || next === r) continue;
    if (next.tokenStart !== end || !next.conjoined || !usable(next)) break;
    out.push(next);
    end = next.tokenEnd;
  }
  return out;
}

/**
 * English coordination: «Brazil and the United States», «the US, Russia, and Switzerland». A comma
 * joins only in a list that «and» closes («Iraq, the US said, …» is no list).
 */
function englishConjuncts(v: SentenceView, r: ResolvedActor): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  let closed = 0;
  let end = r.tokenEnd;
  for (const next of v.actors) {
    if (next.tokenStart < end || next === r) continue;
    const link = v.tokens.slice(end, next.tokenStart).map((t) => t.norm).filter((w) => w !== 'the');
    const and = link.length === 1 && link[0] === 'and' || (link.length === 2 && link[0] === ',' && link[1] === 'and');
    if ((!and && !(link.length === 1 && link[0] === ',')) || !usable(next)) break;
    out.push(next);
    if (and) {
      closed = out.length;
      break;
    }
    end = next.tokenEnd;
  }
  return out.slice(0, closed);
}

/**
 * The actor and recipient lists of the event: a pair on a joint event splits into its two sides.
 *
 * @returns null when the slots cannot make an event (no recipient, or actor and recipient the same)
 */
export function dyad(slots: Slots, rule: EventRule, v: SentenceView): { actor: Actor[]; recipient: Actor[] } | null {
  const { actor, recipient } = slots;
  if (actor?.kind === 'pair' && (!recipient || recipient === actor)) {
    if (!rule.symmetric || actor.actors.length < 2) return null;
    return { actor: [actor.actors[0] as Actor], recipient: [actor.actors[1] as Actor] };
  }
  const actors = actor ? withConjuncts(v, actor) : [];
  // a joint event with a compound subject («الرئيس الفرنسي ورئيس الوزراء العراقي بحثا»): one side each
  // (two parties of one country differ by sector: «الحكومة اليمنية والحوثيون» agree a truce)
  const first = actors[0];
  const side = (x: Actor): string => `${x.country}/${x.org}/${x.sector}`;
  if (rule.symmetric && first && actors.some((x) => side(x) !== side(first))) {
    return { actor: actors.filter((x) => side(x) === side(first)), recipient: actors.filter((x) => side(x) !== side(first)) };
  }
  if (!recipient || recipient.actors.length === 0) return null;
  if (sameActor(actor, recipient)) return null;
  const recipients = withConjuncts(v, recipient).filter((r) => !actors.some((x) => x.country === r.country && x.org === r.org && (r.sector === null || r.sector === x.sector)));
  if (recipients.length === 0) return null;
  return { actor: actors, recipient: recipients };
}

/**
 * The dyad of an event that needs no recipient (a resignation, an alert) when none is named: the
 * actor and its conjuncts, with an empty recipient list.
 *
 * @returns null when the rule needs a recipient, or the actor has no country or organisation
 */
export function aloneDyad(slots: Slots, rule: EventRule, v: SentenceView): { actor: Actor[]; recipient: Actor[] } | null {
  if (!rule.recipientOptional || !slots.actor || slots.actor.kind === 'pair') return null;
  const actor = withConjuncts(v, slots.actor);
  return actor.some((a) => a.country || a.org) ? { actor, recipient: [] } : null;
}
