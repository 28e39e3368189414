import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';
import type { Actor, MarsadEvent } from '../model/event.js';
import { countryAgreement } from './agreement.js';
import type { GoldEvent } from './gold.js';
import { scoreMentions } from './mentions.js';

function actor(country: string): Actor {
  return { country, sector: null, org: null, name: null, role: null, spans: [], sources: [] };
}

function event(type: MarsadEvent['event'], a: string, r: string): MarsadEvent {
  return {
    id: 'e', docId: 'd', event: type, mode: null, contexts: [], cameo: '040', quadClass: 1, goldstein: 1, actor: [actor(a)], recipient: [actor(r)],
    symmetric: false, location: null, date: null, dateSource: null, auxiliary: [], sentence: 0, trigger: { start: 0, end: 1 },
    triggerText: 'x', ruleId: 'r', evidence: [],
  };
}

test('agreement: countries are compared on events paired by type alone', () => {
  const gold: GoldEvent[] = [{ event: 'CONSULT', actor: { country: 'ARN' }, recipient: { country: 'GND' } }];
  assert.deepEqual(countryAgreement(gold, [event('CONSULT', 'ARN', 'MOR')]), { actor: [1, 1], recipient: [0, 1] });
});

test('agreement: a symmetric gold event takes the better order; a missing type counts nothing', () => {
  const gold: GoldEvent[] = [
    { event: 'CONSULT', actor: { country: 'ARN' }, recipient: { country: 'GND' }, symmetric: true },
    { event: 'ACCUSE', actor: { country: 'ARN' }, recipient: { country: 'MOR' } },
  ];
  assert.deepEqual(countryAgreement(gold, [event('CONSULT', 'GND', 'ARN')]), { actor: [1, 1], recipient: [1, 1] });
});

test('agreement: optional and absent gold events and gold sides without a country are left out', () => {
  const gold: GoldEvent[] = [
    { event: 'CONSULT', actor: { country: 'ARN' }, recipient: null },
    { event: 'AGREE', actor: { country: 'ARN' }, recipient: { country: 'GND' }, required: false },
    { event: 'ASSAULT', actor: { country: 'ARN' }, recipient: { country: 'GND' }, absent: true },
  ];
  const predicted = [event('CONSULT', 'ARN', 'GND'), event('AGREE', 'MOR', 'MOR'), event('ASSAULT', 'ARN', 'GND')];
  assert.deepEqual(countryAgreement(gold, predicted), { actor: [1, 1], recipient: [0, 0] });
});

test('mentions: a gold mention counts when a resolved phrase over its text has its codes', () => {
  const text = 'التقى وزير الخارجية السوري نظيره البيلاروسي في مينسك، وبحثا انضمام سورية إلى منظمة شنغهاي للتعاون.';
  const a = analyzeDocument({ id: 'm', text, lang: 'ar', publishedAt: '2024-10-29' });
  const score = scoreMentions([
    { text: 'مينسك', type: 'PLACE', country: 'BLR' },
    { text: 'منظمة شنغهاي', type: 'ORG', country: 'IGO', org: 'SCO' },
    { text: 'وزير الخارجية السوري', type: 'PERSON', country: 'SYR', sector: 'GOV' },
    { text: 'نظيره البيلاروسي', type: 'PERSON', country: 'SYR', sector: 'GOV' },
    { text: 'ليس في النص', type: 'PLACE', country: 'SYR' },
  ], a);
  assert.equal(score.found, 3);
  assert.equal(score.total, 5);
  assert.deepEqual(score.missing, ['«نظيره البيلاروسي» PERSON SYR:GOV', '«ليس في النص» PLACE SYR']);
});
