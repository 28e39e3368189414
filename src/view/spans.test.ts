import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarsadEvent } from '../model/event.js';
import { eventMarks, markSpans, type MarkNode, type SpanMark } from './spans.js';

/** The text of nodes read in order. */
const flat = (nodes: MarkNode[]): string => nodes.map((n) => ('text' in n ? n.text : flat(n.children))).join('');
/** Every mark as `kind[ids]:text`, outer first. */
function marks(nodes: MarkNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if ('text' in n) continue;
    out.push(`${n.mark.kind}[${n.mark.eventIds.join(',')}]:${flat(n.children)}`);
    marks(n.children, out);
  }
  return out;
}
const m = (start: number, end: number, kind: SpanMark['kind'], ...eventIds: number[]): SpanMark => ({ start, end, kind, eventIds });

test('markSpans keeps the whole text and marks disjoint spans', () => {
  const text = 'Jordan met Iraq';
  const nodes = markSpans(text, [m(11, 15, 'recipient', 1), m(0, 6, 'actor', 1), m(7, 10, 'trigger', 1)]);
  assert.equal(flat(nodes), text);
  assert.deepEqual(marks(nodes), ['actor[1]:Jordan', 'trigger[1]:met', 'recipient[1]:Iraq']);
});

test('markSpans slices by UTF-16 code units (an emoji before the span counts two)', () => {
  const text = '😀 التقى الوزير';
  const nodes = markSpans(text, [m(3, 8, 'trigger', 4)]);
  assert.deepEqual(marks(nodes), ['trigger[4]:التقى']);
  assert.equal(flat(nodes), text);
});

test('markSpans merges one span reported by two events and nests a span inside another', () => {
  const text = 'وزير الخارجية الأردني التقى';
  const nodes = markSpans(text, [m(0, 21, 'actor', 2), m(0, 21, 'actor', 1), m(0, 4, 'recipient', 3), m(22, 27, 'trigger', 1)]);
  assert.deepEqual(marks(nodes), ['actor[1,2]:وزير الخارجية الأردني', 'recipient[3]:وزير', 'trigger[1]:التقى']);
  assert.equal(flat(nodes), text);
});

test('markSpans nests kinds on the same span: place outside recipient outside actor outside trigger', () => {
  const nodes = markSpans('Amman', [m(0, 5, 'trigger', 1), m(0, 5, 'actor', 1), m(0, 5, 'place', 1), m(0, 5, 'recipient', 2)]);
  assert.deepEqual(marks(nodes), ['place[1]:Amman', 'recipient[2]:Amman', 'actor[1]:Amman', 'trigger[1]:Amman']);
});

test('markSpans cuts a span that crosses another one at its end', () => {
  const nodes = markSpans('abcdef', [m(0, 4, 'actor', 1), m(2, 6, 'recipient', 2)]);
  assert.deepEqual(marks(nodes), ['actor[1]:abcd', 'recipient[2]:cd', 'recipient[2]:ef']);
  assert.equal(flat(nodes), 'abcdef');
});

test('markSpans clips spans outside the text and drops empty ones', () => {
  const nodes = markSpans('abc', [m(2, 9, 'trigger', 1), m(1, 1, 'actor', 1), m(7, 9, 'actor', 1)]);
  assert.deepEqual(marks(nodes), ['trigger[1]:c']);
  assert.equal(flat(nodes), 'abc');
});

test('eventMarks gives the trigger, every evidence trigger, actor, recipient and place spans', () => {
  const actor = (start: number, end: number) => ({ country: 'JOR', sector: 'GOV', org: null, name: null, role: null, spans: [{ start, end }], sources: [] });
  const record = {
    trigger: { start: 5, end: 10 }, evidence: [{ sentence: 0, trigger: { start: 5, end: 10 }, ruleId: 'r' }, { sentence: 2, trigger: { start: 40, end: 45 }, ruleId: 'r' }],
    actor: [actor(11, 15)], recipient: [actor(20, 24)], location: { id: 'p', name: 'Amman', country: 'JOR', lat: 31.9, lon: 35.9, span: { start: 30, end: 34 } },
  } as unknown as MarsadEvent;
  const got = eventMarks(record, 7).map((x) => `${x.kind}:${x.start}-${x.end}:${x.eventIds.join(',')}`);
  assert.deepEqual(got, ['trigger:5-10:7', 'trigger:5-10:7', 'trigger:40-45:7', 'actor:11-15:7', 'recipient:20-24:7', 'place:30-34:7']);
});
