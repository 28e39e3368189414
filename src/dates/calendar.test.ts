import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, isoDate, parseIsoDate, weekdayNear } from './calendar.js';

test('calendar: only real dates parse', () => {
  assert.equal(isoDate(parseIsoDate('2024-02-29')!), '2024-02-29');
  assert.equal(parseIsoDate('2025-02-29'), null);
  assert.equal(parseIsoDate('29/02/2024'), null);
});

test('calendar: a weekday resolves to the latest such day on or before the reference', () => {
  const tuesday = parseIsoDate('2024-10-29')!;
  assert.equal(isoDate(weekdayNear(tuesday, 2, false)), '2024-10-29');
  assert.equal(isoDate(weekdayNear(tuesday, 0, false)), '2024-10-27');
  assert.equal(isoDate(weekdayNear(tuesday, 3, false)), '2024-10-23');
});

test('calendar: a weekday in a future context resolves forward', () => {
  assert.equal(isoDate(weekdayNear(parseIsoDate('2024-10-29')!, 0, true)), '2024-11-03');
});

test('calendar: month arithmetic crosses the year', () => {
  assert.equal(isoDate(addMonths(parseIsoDate('2024-12-15')!, 1)), '2025-01-15');
});

test('calendar: years below 100 are themselves, not 19xx', () => {
  assert.equal(isoDate(parseIsoDate('0050-01-01')!), '0050-01-01');
});
