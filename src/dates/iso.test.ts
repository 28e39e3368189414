import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from './iso.js';

const CASES: ReadonlyArray<[string, string | null]> = [
  ['2025-03-02', '2025-03-02'],
  ['2025-03-02T14:05', '2025-03-02'],
  ['2025-03-02T14:05:09', '2025-03-02'],
  ['2025-03-02T14:05:09.123Z', '2025-03-02'],
  ['2025-03-02t14:05:09z', '2025-03-02'],
  ['2025-03-02 14:05:09', '2025-03-02'],
  ['2025-03-02T23:59:60+03:00', '2025-03-02'],
  ['2025-03-02T00:00-0500', '2025-03-02'],
  ['2025-03-02T00:00+03', '2025-03-02'],
  ['2024-02-29', '2024-02-29'],
  // regression: the adversarial tester's "9999-12-31T99" was accepted as 9999-12-31
  ['9999-12-31T99', null],
  ['2025-03-02T', null],
  ['2025-03-02T25:00', null],
  ['2025-03-02T12:60', null],
  ['2025-03-02T12:00:61', null],
  ['2025-03-02T12:00+24:00', null],
  ['2025-03-02x', null],
  ['2025-02-30', null],
  ['2025-3-2', null],
  ['02/03/2025', null],
  ['', null],
];

test('isoDay: strict ISO 8601 dates and date-times give their calendar date; anything else is null', () => {
  for (const [input, expected] of CASES) assert.equal(isoDay(input), expected, input);
});
