/**
 * Document-level memory for coreference: the actors resolved so far, the main dyad ("the two
 * sides"), and lookups by name, by office and by recency.
 */
import type { Actor } from '../model/event.js';
import { normalizeWord } from '../text/normalize.js';
import type { ResolvedActor } from './resolved-actor.js';

/** A copy of an actor with other spans. */
export function withSpans(actor: Actor, spans: Actor['spans']): Actor {
  return { ...actor, spans: [...spans], sources: [...actor.sources] };
}

/** How far back coreference looks (actor phrases); antecedents are local, and this bounds the work on huge inputs. */
const LOOKBACK = 300;

/** The actors of a document in reading order, with coreference lookups. */
export class Discourse {
  private readonly history: ResolvedActor[] = [];

  /**
   * @param sourceCountry - the outlet's home country, for unqualified offices
   * @param date - the publication date (ISO 8601), for people's dated roles
   */
  constructor(private readonly sourceCountry: string | null, readonly date: string | null = null) {}

  add(r: ResolvedActor): void {
    this.history.push(r);
  }

  /** The outlet's home country, used for unqualified titles. */
  get homeCountry(): string | null {
    return this.sourceCountry;
  }

  /** The most recent person actor whose name shares a word with `name`. */
  byName(name: string): Actor | null {
    const words = name.split(/\s+/).map(normalizeWord).filter((w) => w.length > 1);
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      for (const a of this.history[i]?.actors ?? []) {
        if (!a.role) continue;
        const known = a.name?.split(/\s+/).map(normalizeWord) ?? [];
        if (known.some((k) => words.includes(k))) return a;
      }
    }
    return null;
  }

  /** The most recent actor with a country headed by the same office or body. */
  byAgent(agentId: string): Actor | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      const r = this.history[i];
      const a = r?.actors[0];
      if (r?.agentId === agentId && r.actors.length === 1 && a?.country) return a;
    }
    return null;
  }

  /** The most recent person (office holder) with a country: the antecedent of "his country", "his counterpart". */
  lastPerson(): Actor | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      const r = this.history[i];
      if (r?.person && r.actors.length === 1 && r.actors[0]?.country) return r.actors[0];
    }
    return null;
  }

  /** The most recent actor with a country named earlier in the same sentence. */
  lastInSentence(sentence: number): Actor | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      const r = this.history[i];
      if (!r || r.sentence !== sentence) return null;
      if (r.kind === 'actor' && r.actors.length === 1 && r.actors[0]?.country && !r.adjectival) return r.actors[0];
    }
    return null;
  }

  /** The most recent single actor with a country (the antecedent of a possessive pronoun). */
  lastWithCountry(): Actor | null {
    for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - LOOKBACK); i--) {
      const r = this.history[i];
      if (r?.kind === 'actor' && r.actors.length === 1 && r.actors[0]?.country && !r.adjectival) return r.actors[0];
    }
    return null;
  }

  /**
   * The document's main dyad: the two countries most often named by offices and bodies so far
   * (ties: the earlier first), falling back on any actors.
   *
   * @returns two actors of different countries, or null when fewer than two are known
   */
  pair(): [Actor, Actor] | null {
    const pick = (filter: (r: ResolvedActor) => boolean): [Actor, Actor] | null => {
      const counts = new Map<string, { n: number; first: number; actor: Actor }>();
      this.history.forEach((r, i) => {
        if (i < this.history.length - LOOKBACK * 10) return;
        if (r.kind !== 'actor' || r.actors.length !== 1 || !filter(r)) return;
        const a = r.actors[0] as Actor;
        const key = a.org ? `${a.country}/${a.org}` : (a.country ?? '');
        if (!key) return;
        const c = counts.get(key);
        if (c) c.n++;
        else counts.set(key, { n: 1, first: i, actor: a });
      });
      const ranked = [...counts.values()].sort((x, y) => y.n - x.n || x.first - y.first);
      return ranked.length >= 2 ? [ranked[0]!.actor, ranked[1]!.actor] : null;
    };
    return pick((r) => r.agentId !== null) ?? pick(() => true);
  }
}

/**
 * The document's main dyad as known before a token: the pair that «the two sides», «the two
 * countries» or an agentless joint event («تم التوقيع», «جرى الاتفاق») refers to.
 */
export function pairBefore(actors: readonly ResolvedActor[], tokenIndex: number): [Actor, Actor] | null {
  const d = new Discourse(null);
  for (const r of actors) if (r.tokenEnd <= tokenIndex) d.add(r);
  return d.pair();
}
