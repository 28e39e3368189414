/**
 * Evidence spans as nested marks over a document's text, for the dashboard's document view: each
 * event's trigger, actor, recipient and place spans become one tree of marks that a view renders
 * as nested `<mark>` elements.
 */
import type { MarsadEvent } from '../model/event.js';

/** What a mark shows. */
export const MARK_KINDS = ['trigger', 'actor', 'recipient', 'place'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** A span to mark: UTF-16 code unit offsets into the text (`start` inclusive, `end` exclusive) and the events it belongs to. */
export interface SpanMark { start: number; end: number; kind: MarkKind; eventIds: number[] }

/** A piece of marked text: plain text, or a mark around its children. */
export type MarkNode = { text: string } | { mark: SpanMark; children: MarkNode[] };

/**
 * The marks of one event record: every trigger in its evidence (the first report included), the
 * spans naming its actors and recipients, and its place.
 *
 * @param record - an event as coded (spans are UTF-16 offsets into its document's text)
 * @param eventId - the id the marks carry (the stored event's id, or a position in a list)
 */
export function eventMarks(record: MarsadEvent, eventId: number): SpanMark[] {
  const marks: SpanMark[] = [{ ...record.trigger, kind: 'trigger', eventIds: [eventId] }];
  for (const e of record.evidence ?? []) marks.push({ ...e.trigger, kind: 'trigger', eventIds: [eventId] });
  for (const a of record.actor) for (const s of a.spans) marks.push({ ...s, kind: 'actor', eventIds: [eventId] });
  for (const r of record.recipient) for (const s of r.spans) marks.push({ ...s, kind: 'recipient', eventIds: [eventId] });
  if (record.location?.span) marks.push({ ...record.location.span, kind: 'place', eventIds: [eventId] });
  return marks.map(({ start, end, kind, eventIds }) => ({ start, end, kind, eventIds }));
}

/** Marks with the same span and kind become one mark listing every event; spans outside the text are clipped, empty ones dropped. */
function mergeMarks(marks: readonly SpanMark[], length: number): SpanMark[] {
  const byKey = new Map<string, SpanMark>();
  for (const m of marks) {
    const start = Math.max(0, Math.min(m.start, length));
    const end = Math.max(start, Math.min(m.end, length));
    if (end === start) continue;
    const key = `${start}:${end}:${m.kind}`;
    const seen = byKey.get(key);
    if (seen) seen.eventIds = [...new Set([...seen.eventIds, ...m.eventIds])].sort((a, b) => a - b);
    else byKey.set(key, { start, end, kind: m.kind, eventIds: [...new Set(m.eventIds)].sort((a, b) => a - b) });
  }
  const rank = (k: MarkKind): number => MARK_KINDS.indexOf(k);
  // Outer marks first: earlier start, then longer span; on the same span a place wraps a recipient wraps an actor wraps a trigger.
  return [...byKey.values()].sort((a, b) => a.start - b.start || b.end - a.end || rank(b.kind) - rank(a.kind));
}

/** Builds the nodes of text[from, to) from marks sorted outer-first that lie inside it. */
function build(text: string, from: number, to: number, marks: SpanMark[]): MarkNode[] {
  const nodes: MarkNode[] = [];
  let pos = from;
  while (marks.length > 0) {
    const m = marks.shift()!;
    if (m.start > pos) nodes.push({ text: text.slice(pos, m.start) });
    const inner: SpanMark[] = [];
    const rest: SpanMark[] = [];
    for (const o of marks) {
      if (o.start >= m.end) rest.push(o);
      else if (o.end <= m.end) inner.push(o);
      else {
        // A span crossing this mark's end is cut in two at that end (rare: overlapping, not nested, evidence).
        inner.push({ ...o, end: m.end });
        rest.push({ ...o, start: m.end });
      }
    }
    nodes.push({ mark: m, children: build(text, m.start, m.end, inner) });
    pos = m.end;
    marks = rest.sort((a, b) => a.start - b.start || b.end - a.end || MARK_KINDS.indexOf(b.kind) - MARK_KINDS.indexOf(a.kind));
  }
  if (to > pos) nodes.push({ text: text.slice(pos, to) });
  return nodes;
}

/**
 * Nests marks over a text: marks with the same span and kind are merged (their event ids joined),
 * a mark inside another becomes its child, and a mark crossing another's end is cut in two there.
 * Offsets are UTF-16 code units, as JavaScript string indices are, so `text.slice(start, end)` is
 * the marked text.
 *
 * @param text - the document's original text
 * @param marks - spans to mark; offsets outside the text are clipped to it and empty spans dropped
 * @returns nodes whose texts, read in order, are exactly `text`
 * @example
 * markSpans('Jordan met Iraq', [{ start: 7, end: 10, kind: 'trigger', eventIds: [1] }]);
 * // → [{text: 'Jordan '}, {mark: {start: 7, end: 10, kind: 'trigger', eventIds: [1]}, children: [{text: 'met'}]}, {text: ' Iraq'}]
 */
export function markSpans(text: string, marks: readonly SpanMark[]): MarkNode[] {
  return build(text, 0, text.length, mergeMarks(marks, text.length));
}
