import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coreRange } from './timeline.js';

test('coreRange leaves out a few events dated far from the rest', () => {
  const days = [{ date: '2001-09-11', events: 1 }, { date: '2015-07-30', events: 60 }, { date: '2015-08-01', events: 38 }, { date: '2020-01-01', events: 1 }];
  assert.deepEqual(coreRange(days, 0.02), { from: '2015-07-30', to: '2015-08-01' });
});

test('coreRange keeps every day when the ends hold more than the tail share', () => {
  const days = [{ date: '2025-03-01', events: 5 }, { date: '2025-03-02', events: 1 }, { date: '2025-03-09', events: 4 }];
  assert.deepEqual(coreRange(days, 0.02), { from: '2025-03-01', to: '2025-03-09' });
  assert.deepEqual(coreRange([{ date: '2025-03-01', events: 1 }], 0.02), { from: '2025-03-01', to: '2025-03-01' });
});

test('coreRange of no events is null', () => {
  assert.equal(coreRange([]), null);
  assert.equal(coreRange([{ date: '2025-03-01', events: 0 }]), null);
});
