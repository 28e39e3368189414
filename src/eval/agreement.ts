/**
 * Actor and recipient country agreement: a check of actor resolution that does not depend on it.
 * Matching (DESIGN §5) already requires equal countries, so agreement over matched events is 1 by
 * construction; here each required gold event is paired with a coded event of an acceptable PLOVER
 * type alone (either order when symmetric, each coded event used once, the best-agreeing first),
 * and the countries of the pair are compared side by side.
 */
import type { Actor, MarsadEvent } from '../model/event.js';
import type { GoldEvent } from './gold.js';

/** Country agreement counts: [agreeing, compared] for actors and for recipients. */
export interface CountryAgreement { actor: [number, number]; recipient: [number, number] }

type GoldActor = GoldEvent['actor'];

function side(gold: GoldActor, predicted: readonly Actor[]): [number, number] {
  if (!gold?.country) return [0, 0];
  return [predicted.some((p) => p.country === gold.country) ? 1 : 0, 1];
}

function compare(g: GoldEvent, p: MarsadEvent): CountryAgreement {
  const direct = { actor: side(g.actor, p.actor), recipient: side(g.recipient, p.recipient) };
  if (!g.symmetric) return direct;
  const swapped = { actor: side(g.actor, p.recipient), recipient: side(g.recipient, p.actor) };
  const score = (c: CountryAgreement): number => c.actor[0] + c.recipient[0];
  return score(swapped) > score(direct) ? swapped : direct;
}

/**
 * Country agreement of one record.
 *
 * @param gold - the record's gold events (optional and absent ones are left out)
 * @param predicted - the coded events that count (not negated, future or hypothetical)
 */
export function countryAgreement(gold: readonly GoldEvent[], predicted: readonly MarsadEvent[]): CountryAgreement {
  const out: CountryAgreement = { actor: [0, 0], recipient: [0, 0] };
  const used = new Set<number>();
  for (const g of gold) {
    if (g.absent || g.required === false) continue;
    const types = Array.isArray(g.event) ? g.event : [g.event];
    let best: { k: number; c: CountryAgreement } | null = null;
    predicted.forEach((p, k) => {
      if (used.has(k) || !types.includes(p.event)) return;
      const c = compare(g, p);
      if (!best || c.actor[0] + c.recipient[0] > best.c.actor[0] + best.c.recipient[0]) best = { k, c };
    });
    const found = best as { k: number; c: CountryAgreement } | null;
    // a gold event with no coded event of its type is a miss, not a disagreement: recall reports it
    if (!found) continue;
    used.add(found.k);
    for (const s of ['actor', 'recipient'] as const) {
      out[s][0] += found.c[s][0];
      out[s][1] += found.c[s][1];
    }
  }
  return out;
}
