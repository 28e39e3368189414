import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, MarsadEvent } from '../model/event.js';
import type { GoldEvent, GoldRecord } from './gold.js';
import { align, matches } from './match.js';
import { scoreRecord } from './score.js';

function actor(country: string, sector: string | null = null, org: string | null = null): Actor {
  return { country, sector, org, name: null, role: null, spans: [], sources: [] };
}

function event(type: MarsadEvent['event'], a: Actor[], r: Actor[], aux: MarsadEvent['auxiliary'] = []): MarsadEvent {
  return {
    id: 'e', docId: 'd', event: type, mode: null, contexts: [], cameo: '040', quadClass: 1, goldstein: 1, actor: a, recipient: r,
    symmetric: false, location: null, date: null, dateSource: null, auxiliary: aux, sentence: 0, trigger: { start: 0, end: 1 },
    triggerText: 'x', ruleId: 'r', evidence: [],
  };
}

test('match: event type and both countries must agree', () => {
  const g: GoldEvent = { event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'BLR' } };
  assert.ok(matches(g, event('CONSULT', [actor('SYR')], [actor('BLR')])));
  assert.ok(!matches(g, event('CONSULT', [actor('BLR')], [actor('SYR')])));
  assert.ok(!matches(g, event('AGREE', [actor('SYR')], [actor('BLR')])));
});

test('match: symmetric gold accepts either order', () => {
  const g: GoldEvent = { event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'BLR' }, symmetric: true };
  assert.ok(matches(g, event('CONSULT', [actor('BLR')], [actor('SYR')])));
});

test('match: an IGO needs the same org; a null gold actor accepts any', () => {
  const g: GoldEvent = { event: 'CONSULT', actor: { country: 'IGO', org: 'UN' }, recipient: null };
  assert.ok(matches(g, event('CONSULT', [actor('IGO', null, 'UN')], [actor('JOR')])));
  assert.ok(!matches(g, event('CONSULT', [actor('IGO', null, 'EU')], [actor('JOR')])));
});

test('match: a listed set of event types accepts any of them', () => {
  const g: GoldEvent = { event: ['REJECT', 'ACCUSE'], actor: { country: 'FRA' }, recipient: { country: 'MLI' } };
  assert.ok(matches(g, event('ACCUSE', [actor('FRA')], [actor('MLI')])));
});

test('align: each gold event matches at most one prediction', () => {
  const g: GoldEvent[] = [{ event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'BLR' } }];
  const p = [event('CONSULT', [actor('SYR')], [actor('BLR')]), event('CONSULT', [actor('SYR')], [actor('BLR')])];
  const al = align(g, p);
  assert.equal(al.pairs.length, 1);
  assert.deepEqual(al.extra, [1]);
});

const record = (events: GoldEvent[]): GoldRecord => ({ id: 'r', text: '', events, line: 1 });

test('score: optional gold events are neutral, absent ones are false positives', () => {
  const rec = record([
    { event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'BLR' }, required: true },
    { event: 'SUPPORT', actor: { country: 'SYR' }, recipient: { country: 'BLR' }, required: false },
    { event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'ISR' }, absent: true },
  ]);
  const p = [
    event('CONSULT', [actor('SYR')], [actor('BLR')]),
    event('SUPPORT', [actor('SYR')], [actor('BLR')]),
    event('CONSULT', [actor('SYR')], [actor('ISR')]),
  ];
  const s = scoreRecord(rec, p, {});
  assert.deepEqual([s.counts.tp, s.counts.fp, s.counts.fn, s.counts.absentHits], [1, 1, 0, 1]);
});

test('score: negated, future and hypothetical predictions are left out', () => {
  const rec = record([{ event: 'CONSULT', actor: { country: 'SYR' }, recipient: { country: 'ISR' }, absent: true }]);
  const s = scoreRecord(rec, [event('CONSULT', [actor('SYR')], [actor('ISR')], ['negated'])], {});
  assert.equal(s.counts.fp, 0);
});

test('score: sector agreement is counted where the gold gives a sector', () => {
  const rec = record([{ event: 'CONSULT', actor: { country: 'SYR', sector: 'GOV' }, recipient: { country: 'BLR', sector: 'GOV' } }]);
  const s = scoreRecord(rec, [event('CONSULT', [actor('SYR', 'GOV')], [actor('BLR', 'MIL')])], {});
  assert.deepEqual([s.counts.sectorAgree, s.counts.sectorTotal], [1, 2]);
});
