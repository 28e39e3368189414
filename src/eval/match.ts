/**
 * Matching predictions to gold events as DESIGN §5 defines it: the PLOVER event type is equal (or
 * one of a listed set), and the actor and recipient countries are equal (either order when
 * symmetric; an IGO also needs the same org; a gold actor of null accepts any). Each gold event
 * matches at most one prediction and each prediction at most one gold event.
 */
import type { Actor, MarsadEvent } from '../model/event.js';
import type { GoldEvent } from './gold.js';

type GoldActor = GoldEvent['actor'];

function actorMatches(gold: GoldActor, predicted: readonly Actor[]): boolean {
  if (gold === null || gold === undefined) return true;
  if (!gold.country) return true;
  return predicted.some((p) => p.country === gold.country && (gold.country !== 'IGO' || !gold.org || p.org === gold.org));
}

function sectorAgrees(gold: GoldActor, predicted: readonly Actor[]): boolean | null {
  if (!gold?.sector) return null;
  return predicted.some((p) => p.sector === gold.sector);
}

/** Whether a prediction matches a gold event. */
export function matches(gold: GoldEvent, p: MarsadEvent): boolean {
  const types = Array.isArray(gold.event) ? gold.event : [gold.event];
  if (!types.includes(p.event)) return false;
  const direct = actorMatches(gold.actor, p.actor) && actorMatches(gold.recipient, p.recipient);
  if (direct) return true;
  return gold.symmetric === true && actorMatches(gold.actor, p.recipient) && actorMatches(gold.recipient, p.actor);
}

/** Sector agreement of a matched pair: [agreeing, compared] over actor and recipient. */
export function sectorAgreement(gold: GoldEvent, p: MarsadEvent): [number, number] {
  let agree = 0;
  let total = 0;
  const swapped = gold.symmetric === true && !(actorMatches(gold.actor, p.actor) && actorMatches(gold.recipient, p.recipient));
  const pairs: Array<[GoldActor, readonly Actor[]]> = swapped
    ? [[gold.actor, p.recipient], [gold.recipient, p.actor]]
    : [[gold.actor, p.actor], [gold.recipient, p.recipient]];
  for (const [g, pr] of pairs) {
    const s = sectorAgrees(g, pr);
    if (s === null) continue;
    total++;
    if (s) agree++;
  }
  return [agree, total];
}

/** The result of aligning one record's predictions with its gold events. */
export interface Alignment {
  /** gold index → prediction index */
  pairs: Array<[number, number]>;
  /** predictions matching an `absent` gold event */
  absentHits: number[];
  /** predictions matched to an optional gold event (neutral for precision) */
  optional: number[];
  /** predictions matching nothing */
  extra: number[];
  /** required gold events left unmatched */
  missed: number[];
}

/**
 * Aligns predictions with gold events greedily: required events first, then optional ones, then
 * absent ones; a prediction agreeing on sectors is preferred.
 */
export function align(gold: readonly GoldEvent[], predicted: readonly MarsadEvent[]): Alignment {
  const used = new Set<number>();
  const out: Alignment = { pairs: [], absentHits: [], optional: [], extra: [], missed: [] };
  const order = gold.map((g, i) => ({ g, i })).sort((x, y) => rank(x.g) - rank(y.g));
  for (const { g, i } of order) {
    const candidates = predicted.map((p, k) => ({ p, k })).filter(({ p, k }) => !used.has(k) && matches(g, p));
    if (g.absent) {
      for (const { k } of candidates) {
        used.add(k);
        out.absentHits.push(k);
      }
      continue;
    }
    const best = candidates.sort((x, y) => sectorAgreement(g, y.p)[0] - sectorAgreement(g, x.p)[0])[0];
    if (best) {
      used.add(best.k);
      if (g.required === false) out.optional.push(best.k);
      else out.pairs.push([i, best.k]);
    } else if (g.required !== false) out.missed.push(i);
  }
  predicted.forEach((_, k) => {
    if (!used.has(k)) out.extra.push(k);
  });
  return out;
}

function rank(g: GoldEvent): number {
  return g.absent ? 2 : g.required === false ? 1 : 0;
}
