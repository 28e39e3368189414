import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalize, normalizeWord, originalSpan } from './normalize.js';

const CASES: Array<[string, string, string]> = [
  ['alef with hamza above', 'أدان', 'ادان'],
  ['alef with hamza below', 'إسرائيل', 'اسراءيل'],
  ['alef madda', 'آذار', 'اذار'],
  ['alef wasla', 'ٱلله', 'الله'],
  ['alef maqsura to ya', 'التقى', 'التقي'],
  ['ta marbuta to ha', 'سورية', 'سوريه'],
  ['waw hamza to bare hamza', 'مسؤول', 'مسءول'],
  ['ya hamza to bare hamza', 'رئيس', 'رءيس'],
  ['harakat and tanwin removed', 'فَوْراً', 'فورا'],
  ['shadda removed', 'وقّع', 'وقع'],
  ['tatweel removed', 'وزيــــر', 'وزير'],
  ['dagger alef removed', 'هٰذا', 'هذا'],
  ['arabic-indic digits', '١٢٣', '123'],
  ['persian digits', '۴۵۶', '456'],
  ['persian kaf and yeh', 'کی', 'كي'],
  ['presentation forms folded', 'ﻻ', 'لا'],
  ['zero-width and bidi controls removed', 'و\u200cزير\u200f', 'وزير'],
  ['latin lower-cased', 'UN Security Council', 'un security council'],
];

for (const [name, input, expected] of CASES) {
  test(`normalize: ${name}`, () => {
    assert.equal(normalize(input).text, expected);
    assert.equal(normalizeWord(input), expected);
  });
}

test('normalize: every normalized character maps back into the original', () => {
  const original = 'أجرى وزيرُ الخارجيةِ “بسام صباغ”،اليوم';
  const n = normalize(original);
  for (let i = 0; i < n.text.length; i++) {
    assert.ok(n.starts[i]! >= 0 && n.ends[i]! <= original.length && n.starts[i]! < n.ends[i]!);
  }
});

test('normalize: a span over a word with trailing diacritics covers them', () => {
  const original = 'فوراً.';
  const n = normalize(original);
  const span = originalSpan(n, 0, 4);
  assert.equal(original.slice(span.start, span.end), 'فوراً');
});

test('normalize: property — never throws and spans stay inside the original, in order', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
    const n = normalize(s);
    let last = 0;
    for (let i = 0; i < n.text.length; i++) {
      const start = n.starts[i]!;
      const end = n.ends[i]!;
      if (start < last || end > s.length || start >= end) return false;
      last = start;
    }
    return true;
  }), { numRuns: 300 });
});
