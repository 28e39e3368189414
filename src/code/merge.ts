/**
 * In-document deduplication: the same event (event type, actor and recipient countries and
 * organisations, date, negated/future/hypothetical flags; a `reported` flag does not make another event) reported several times in one document is one event, with
 * every report kept as evidence. Joint (symmetric) events match in either order. The more specific
 * CAMEO code and the first known place win.
 */
import { type Actor, type MarsadEvent, UNREAL_MODES } from '../model/event.js';

function side(actors: readonly Actor[]): string {
  return actors.map((a) => `${a.country ?? '?'}/${a.org ?? ''}`).sort().join('+');
}

/** The identity of an event for merging. */
export function eventKey(e: MarsadEvent): string {
  const a = side(e.actor);
  const r = side(e.recipient);
  const dyad = e.symmetric ? [a, r].sort().join('<>') : `${a}>${r}`;
  return [e.event, dyad, e.date ?? '', e.auxiliary.filter((x) => UNREAL_MODES.has(x)).sort().join(',')].join('|');
}

function moreSpecific(x: MarsadEvent, y: MarsadEvent): boolean {
  return (y.mode !== null && x.mode === null) || (y.mode === x.mode && y.cameo.length > x.cameo.length);
}

/**
 * Merges repeated reports.
 *
 * @returns events in order of first report, each with the evidence of all its reports
 */
export function mergeEvents(events: readonly MarsadEvent[]): MarsadEvent[] {
  const byKey = new Map<string, MarsadEvent>();
  for (const e of events) {
    const key = eventKey(e);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, { ...e, evidence: [...e.evidence] });
      continue;
    }
    kept.evidence.push(...e.evidence);
    kept.symmetric ||= e.symmetric;
    kept.location ??= e.location;
    if (moreSpecific(kept, e)) Object.assign(kept, { cameo: e.cameo, mode: e.mode, contexts: e.contexts, quadClass: e.quadClass, goldstein: e.goldstein });
  }
  return [...byKey.values()];
}
