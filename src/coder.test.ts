import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, codeDocument, detectLanguage } from './coder.js';
import { InputError } from './errors.js';
import { loadResources, outletCountry } from './resources.js';

test('coder: language is detected from the script', () => {
  assert.equal(detectLanguage('أدانت الكويت الهجوم'), 'ar');
  assert.equal(detectLanguage('Kuwait condemned the attack'), 'en');
  assert.equal(detectLanguage('123'), 'en');
});

test('coder: every shipped data file loads and validates', () => {
  const r = loadResources();
  assert.ok(r.lang.ar.actors.size > 3000);
  assert.ok(r.lang.ar.rules.size > 50 && r.lang.en.rules.size > 20);
  assert.ok(r.outlets.length > 50);
});

test('coder: the outlet table gives the home country', () => {
  assert.equal(outletCountry(loadResources(), 'Sham Times'), 'SYR');
  assert.equal(outletCountry(loadResources(), 'شام تايمز'), 'SYR');
  assert.equal(outletCountry(loadResources(), 'Unknown Gazette'), null);
});

test('coder: a bad date, language or source country is an input error naming the field', () => {
  assert.throws(() => codeDocument({ id: 'x', text: 'نص', publishedAt: '2025-13-01' }), (e: unknown) => e instanceof InputError && /"date"/.test(e.message));
  assert.throws(() => codeDocument({ id: 'x', text: 'نص', lang: 'fr' as never }), /"lang" must be "ar" or "en"/);
  assert.throws(() => codeDocument({ id: 'x', text: 'نص', sourceCountry: 'Syria' }), /ISO 3166-1 alpha-3/);
});

test('coder: empty and punctuation-only documents give no events and no error', () => {
  assert.deepEqual(codeDocument({ id: 'x', text: '' }), []);
  assert.deepEqual(codeDocument({ id: 'x', text: '،،، ... ؟؟' }), []);
});

test('coder: without a publication date events carry no date', () => {
  const [e] = codeDocument({ id: 'x', text: 'أدانت الكويت الهجوم الإيراني.' });
  assert.equal(e?.date, null);
  assert.equal(e?.dateSource, null);
});

test('coder: every event span points into the original text', () => {
  const text = 'التقى وزيرُ الخارجيةِ الأردنيُّ نظيرَه العراقيَّ في عمّان.';
  const a = analyzeDocument({ id: 'x', text, publishedAt: '2025-03-02' });
  const e = a.events?.[0];
  assert.ok(e);
  assert.equal(text.slice(e.trigger.start, e.trigger.end), 'التقى');
  assert.equal(text.slice(e.actor[0]!.spans[0]!.start, e.actor[0]!.spans[0]!.end), 'وزيرُ الخارجيةِ الأردنيُّ');
});

test('coder: a document that is not an object, or has no id, is refused with an InputError (regression: null threw a TypeError)', () => {
  assert.throws(() => codeDocument(null as never), (e: unknown) => e instanceof InputError && /expected an object/.test(e.message));
  assert.throws(() => codeDocument({ id: null, text: 'نص' } as never), (e: unknown) => e instanceof InputError && /field "id"/.test(e.message));
});
