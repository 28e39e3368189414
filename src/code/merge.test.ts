import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, MarsadEvent } from '../model/event.js';
import { mergeEvents } from './merge.js';

const actor = (country: string): Actor => ({ country, sector: 'GOV', org: null, name: null, role: null, spans: [], sources: [] });

function ev(a: string, r: string, over: Partial<MarsadEvent> = {}): MarsadEvent {
  return {
    id: 'x', docId: 'd', event: 'CONSULT', mode: null, contexts: [], cameo: '040', quadClass: 1, goldstein: 1, actor: [actor(a)],
    recipient: [actor(r)], symmetric: false, location: null, date: '2024-10-29', dateSource: 'publication', auxiliary: [], sentence: 0,
    trigger: { start: 0, end: 1 }, triggerText: 't', ruleId: 'r', evidence: [{ sentence: 0, trigger: { start: 0, end: 1 }, ruleId: 'r' }], ...over,
  };
}

test('merge: the same event reported twice is one event with both reports as evidence', () => {
  const out = mergeEvents([ev('SYR', 'BLR'), ev('SYR', 'BLR', { sentence: 2 })]);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.evidence.length, 2);
});

test('merge: a joint report matches a directed one in either order', () => {
  assert.equal(mergeEvents([ev('SYR', 'BLR', { symmetric: true }), ev('BLR', 'SYR')]).length, 1);
});

test('merge: two directed reports in opposite directions stay two events', () => {
  assert.equal(mergeEvents([ev('SYR', 'BLR', { event: 'ACCUSE' }), ev('BLR', 'SYR', { event: 'ACCUSE' })]).length, 2);
});

test('merge: another date, another type or a negation makes another event', () => {
  assert.equal(mergeEvents([ev('SYR', 'BLR'), ev('SYR', 'BLR', { date: '2024-10-28' })]).length, 2);
  assert.equal(mergeEvents([ev('SYR', 'BLR'), ev('SYR', 'BLR', { event: 'AGREE' })]).length, 2);
  assert.equal(mergeEvents([ev('SYR', 'BLR'), ev('SYR', 'BLR', { auxiliary: ['negated'] })]).length, 2);
});

test('merge: a reported flag alone does not make another event', () => {
  assert.equal(mergeEvents([ev('SYR', 'BLR'), ev('SYR', 'BLR', { auxiliary: ['reported'] })]).length, 1);
});

test('merge: the more specific CAMEO code wins', () => {
  const [out] = mergeEvents([ev('SYR', 'ISR', { event: 'ACCUSE', cameo: '112' }), ev('SYR', 'ISR', { event: 'ACCUSE', cameo: '1124', mode: 'allege' })]);
  assert.equal(out?.cameo, '1124');
  const [attack] = mergeEvents([ev('?', 'SYR', { event: 'ASSAULT', cameo: '180' }), ev('?', 'SYR', { event: 'ASSAULT', cameo: '195', mode: 'aerial' })]);
  assert.equal(attack?.cameo, '195');
});

test('merge: different specific codes of one type are different events', () => {
  assert.equal(mergeEvents([ev('JOR', 'IRQ', { event: 'SUPPORT', cameo: '057', symmetric: true }), ev('JOR', 'IRQ', { event: 'SUPPORT', cameo: '051' })]).length, 2);
});

test('merge: an attack with its parties partly unknown folds into one told in the same sentence', () => {
  const unknown = (over: Partial<MarsadEvent>): MarsadEvent => ev('?', '?', { event: 'ASSAULT', cameo: '180', actor: [], recipient: [], ...over });
  const out = mergeEvents([unknown({}), ev('?', 'SOM', { event: 'ASSAULT', cameo: '183', actor: [], evidence: [{ sentence: 0, trigger: { start: 5, end: 6 }, ruleId: 's' }] })]);
  assert.equal(out.length, 1);
  assert.equal(out[0]?.cameo, '183');
  assert.deepEqual(out[0]?.evidence.map((x) => x.trigger.start), [0, 5]);
  // another sentence, or a party that differs, keeps them apart
  const later = ev('?', 'SOM', { event: 'ASSAULT', cameo: '183', actor: [], evidence: [{ sentence: 1, trigger: { start: 50, end: 51 }, ruleId: 's' }] });
  assert.equal(mergeEvents([unknown({}), later]).length, 2);
  assert.equal(mergeEvents([ev('ISR', 'LBN', { event: 'ASSAULT', cameo: '190' }), ev('ISR', 'SYR', { event: 'ASSAULT', cameo: '190' })]).length, 2);
});

test('merge: an attack by a party named by sector alone is not folded into another party\'s (regression: gunmen into an air force)', () => {
  const gunmen: Actor = { country: null, sector: 'UAF', org: null, name: null, role: null, spans: [], sources: [] };
  const out = mergeEvents([ev('?', 'SYR', { event: 'ASSAULT', cameo: '190', actor: [gunmen] }), ev('ISR', 'SYR', { event: 'ASSAULT', cameo: '195' })]);
  assert.equal(out.length, 2);
});
