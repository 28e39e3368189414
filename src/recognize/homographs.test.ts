import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';

/** The place or country each «عمان» of a text is read as. */
function readings(text: string): string[] {
  const a = analyzeDocument({ id: 't', text, lang: 'ar', publishedAt: '2025-01-01' });
  return (a.actors ?? []).filter((r) => /(عمان|عُمان|عمّان|عَمّان)$/.test(text.slice(r.start, r.end)))
    .map((r) => r.place?.id ?? r.actors[0]?.country ?? '?');
}

test('regression: a shadda on the mim is Amman, a damma on the ain Oman', () => {
  assert.deepEqual(readings('وصل الوفد إلى عمّان أمس.'), ['place:JOR:amman']);
  assert.deepEqual(readings('وصل الوفد إلى عُمان أمس.'), ['country:OMN']);
});

test('the words before the name decide: «سلطنة عمان» is Oman, «العاصمة الأردنية عمان» Amman', () => {
  assert.deepEqual(readings('وصل الوفد إلى سلطنة عمان أمس.'), ['country:OMN']);
  assert.deepEqual(readings('عقد الاجتماع في العاصمة الأردنية عمان أمس.'), ['place:JOR:amman']);
});

test('a country named in the same sentence decides: Jordan → Amman, an Omani minister → Oman', () => {
  assert.deepEqual(readings('وصل وزير الخارجية الأردني إلى عمان أمس.'), ['place:JOR:amman']);
  assert.deepEqual(readings('التقى وزير الخارجية العماني نظيره في عمان.'), ['country:OMN']);
});

test('without evidence a bare «عمان» is the country (the document names no Jordanian place)', () => {
  assert.deepEqual(readings('وصل الوفد إلى عمان أمس.'), ['country:OMN']);
});
