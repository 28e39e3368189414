import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJsonl } from './jsonl.js';

const read = (lines: unknown[]): ReturnType<typeof readJsonl> extends Generator<infer T> ? T[] : never =>
  [...readJsonl(Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')), 'f.jsonl')];

test('jsonl: sourceCountry and source_country name the outlet\'s country; a malformed or conflicting one fails its line', () => {
  const items = read([
    { text: 'a', sourceCountry: 'SYR' }, { text: 'b', source_country: 'EGY' }, { text: 'c', sourceCountry: 'JOR', source_country: 'JOR' },
    { text: 'd', sourceCountry: 'syria' }, { text: 'e', sourceCountry: 'SYR', source_country: 'EGY' },
  ]);
  const got = items.map((i) => (i.kind === 'document' ? i.doc.sourceCountry : i.failure.reason));
  assert.deepEqual(got.slice(0, 3), ['SYR', 'EGY', 'JOR']);
  assert.match(got[3]!, /^field "sourceCountry": expected an ISO 3166-1 alpha-3 country code such as SYR \(found "syria"\)/);
  assert.match(got[4]!, /^field "source_country": expected one of "sourceCountry" and "source_country", not two different values/);
  assert.equal(items[1]!.kind === 'document' && 'source_country' in items[1]!.doc, false);
});
