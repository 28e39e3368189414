/**
 * In-document deduplication: the same event (event type, actor and recipient countries and
 * organisations — an actor known by sector alone counts as unknown —, date, negated/future/hypothetical flags; a `reported` flag does not make another
 * event) reported several times in one document is one event, with every report kept as evidence,
 * when their CAMEO codes agree (the same 3-digit code, or one generic: 040 and 042 are one meeting,
 * 051 praise and 057 a signed memorandum are two events).
 * Joint (symmetric) reports match each other in either order, and for CONSULT a joint report also
 * matches a directed one: "the talks" and "his visit" between the same two countries on the same
 * day are one encounter (a signed memorandum and one side's support are not). The more specific CAMEO code and
 * the first known place win. An event told in the same sentence as another of its type, with its
 * parties partly unknown and otherwise the same, is folded into it.
 */
import { type Actor, type MarsadEvent, UNREAL_MODES } from '../model/event.js';

/** A side's identity: its countries and organisations; actors known by sector alone («طائرات حربية») are as unknown as none. */
function side(actors: readonly Actor[]): string {
  return actors.filter((a) => a.country || a.org).map((a) => `${a.country ?? '?'}/${a.org ?? ''}`).sort().join('+');
}

/** The identity of an event for merging, ignoring direction. */
export function eventKey(e: MarsadEvent): string {
  const dyad = [side(e.actor), side(e.recipient)].sort().join('<>');
  return [e.event, dyad, e.date ?? '', e.auxiliary.filter((x) => UNREAL_MODES.has(x)).sort().join(',')].join('|');
}

function sameDirection(x: MarsadEvent, y: MarsadEvent): boolean {
  return side(x.actor) === side(y.actor) && side(x.recipient) === side(y.recipient);
}

/** A generic code ends in 0 at the third digit (040 consult, 110 disapprove, 190 use force). */
function generic(code: string): boolean {
  return code.length === 3 && code.endsWith('0');
}

/** Two CAMEO codes can describe one event: the same 3-digit code, or one of them generic (040, 180). */
function compatibleCodes(x: string, y: string): boolean {
  return x.slice(0, 3) === y.slice(0, 3) || generic(x) || generic(y);
}

function moreSpecific(kept: MarsadEvent, next: MarsadEvent): boolean {
  if (generic(kept.cameo) && !generic(next.cameo)) return true;
  return next.cameo.length > kept.cameo.length && next.cameo.slice(0, 2) === kept.cameo.slice(0, 2);
}

/**
 * Whether event `e` tells nothing that `k` contradicts: each of its parties is one of `k`'s, told with
 * less (no country: «? MIL» is `k`'s «SOM MIL»), and at least one side has no country at all. A party
 * of another sector is another party: gunmen's («? UAF») attack is not an air force's («ISR MIL»).
 */
function lessKnown(e: MarsadEvent, k: MarsadEvent): boolean {
  const vague = (list: readonly Actor[]): boolean => list.every((a) => !a.country && !a.org);
  return (vague(e.actor) || vague(e.recipient)) && partOf(e.actor, k.actor) && partOf(e.recipient, k.recipient);
}

/** Whether every actor of `x` is told of some actor of `y` (its country, organisation and sector, where it gives them). */
function partOf(x: readonly Actor[], y: readonly Actor[]): boolean {
  return x.every((a) => y.some((b) => (!a.country || a.country === b.country) && (!a.org || a.org === b.org) && (!a.sector || !b.sector || a.sector === b.sector)));
}

/** The flags that make an event unreal, as a key. */
function unreal(e: MarsadEvent): string {
  return e.auxiliary.filter((x) => UNREAL_MODES.has(x)).sort().join(',');
}

/**
 * Folds into another event of the same type, told in the same sentence, an event whose parties are
 * partly unknown and otherwise the same: «قُتل ٣ جنود … بانفجار عبوة ناسفة استهدفت دورية للجيش
 * الصومالي» is one attack, known best by its last report.
 */
function foldSameSentence(events: MarsadEvent[]): MarsadEvent[] {
  const dropped = new Set<MarsadEvent>();
  for (const e of events) {
    const sentences = new Set(e.evidence.map((x) => x.sentence));
    const k = events.find((x) => x !== e && !dropped.has(x) && x.event === e.event && unreal(x) === unreal(e) && compatibleCodes(x.cameo, e.cameo)
      && (e.date === null || x.date === e.date) && x.evidence.some((y) => sentences.has(y.sentence)) && lessKnown(e, x) && !lessKnown(x, e));
    if (!k) continue;
    dropped.add(e);
    k.evidence.push(...e.evidence);
    k.evidence.sort((x, y) => x.sentence - y.sentence || x.trigger.start - y.trigger.start);
    k.location ??= e.location;
    if (moreSpecific(k, e)) Object.assign(k, { cameo: e.cameo, mode: e.mode, contexts: e.contexts, quadClass: e.quadClass, goldstein: e.goldstein });
  }
  return events.filter((e) => !dropped.has(e));
}

/**
 * Merges repeated reports.
 *
 * @returns events in order of first report, each with the evidence of all its reports
 */
export function mergeEvents(events: readonly MarsadEvent[]): MarsadEvent[] {
  return foldSameSentence(mergeRepeated(events));
}

function mergeRepeated(events: readonly MarsadEvent[]): MarsadEvent[] {
  const groups = new Map<string, MarsadEvent[]>();
  const out: MarsadEvent[] = [];
  for (const e of events) {
    const key = eventKey(e);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const kept = group.find((k) => compatibleCodes(k.cameo, e.cameo)
      && (sameDirection(k, e) || (k.symmetric && e.symmetric) || (e.event === 'CONSULT' && (k.symmetric || e.symmetric))));
    if (!kept) {
      const copy = { ...e, evidence: [...e.evidence] };
      group.push(copy);
      out.push(copy);
      continue;
    }
    kept.evidence.push(...e.evidence);
    kept.location ??= e.location;
    if (moreSpecific(kept, e)) Object.assign(kept, { cameo: e.cameo, mode: e.mode, contexts: e.contexts, quadClass: e.quadClass, goldstein: e.goldstein });
  }
  return out;
}
