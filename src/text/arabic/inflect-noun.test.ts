import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nounForms } from './inflect-noun.js';

function forms(base: string, cls: 'noun' | 'title' | 'nisba' | 'fixed', plurals: string[] = []): Map<string, string> {
  return new Map(nounForms(base, cls, plurals).map((f) => [f.form, f.number]));
}

test('nouns: a nisba gives its feminine, dual and plural forms', () => {
  const f = forms('سوري', 'nisba');
  for (const w of ['سوري', 'سوريه', 'سوريان', 'سوريتان', 'سوريون', 'سوريين', 'سوريات']) assert.ok(f.has(w), w);
});

test('nouns: a ta marbuta noun has its construct and dual forms', () => {
  const f = forms('وزاره', 'noun');
  assert.equal(f.get('وزارتي'), 'du');
  assert.equal(f.get('وزارتان'), 'du');
  assert.ok(f.has('وزارت'));
});

test('nouns: a title has its feminine and dual, the dual construct is ambiguous with the accusative', () => {
  const f = forms('وزير', 'title');
  assert.ok(f.has('وزيره'));
  assert.equal(f.get('وزيران'), 'du');
  assert.equal(f.get('وزيرا'), 'ds');
  assert.equal(f.get('وزيرين'), 'dp');
});

test('nouns: broken plurals come from the dictionary', () => {
  assert.equal(forms('وزير', 'noun', ['وزراء']).get('وزراء'), 'pl');
});

test('nouns: fixed names do not inflect', () => {
  assert.deepEqual([...forms('مينسك', 'fixed').keys()], ['مينسك']);
});

test('nouns: only titles take a feminine: بلاد does not give بلاده', () => {
  assert.ok(!forms('بلاد', 'noun').has('بلاده'));
});
