import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StemFilter } from './stem-filter.js';

test('stem filter: every stem added is found, also as a range of a longer word', () => {
  const f = new StemFilter();
  const stems = Array.from({ length: 5000 }, (_, i) => `جذر${i}`);
  for (const s of stems) f.add(s);
  for (const s of stems) assert.ok(f.mayHave(`وال${s}ها`, 3, 3 + s.length), s);
});

test('stem filter: stems never added are rejected nearly always', () => {
  const f = new StemFilter();
  for (let i = 0; i < 20_000; i++) f.add(`known${i}`);
  let through = 0;
  for (let i = 0; i < 10_000; i++) if (f.mayHave(`other${i}`, 0, `other${i}`.length)) through++;
  assert.ok(through < 500, `${through} of 10,000 unknown stems got through`);
});
