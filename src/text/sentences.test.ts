import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalize } from './normalize.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokens.js';

function split(text: string): string[] {
  const tokens = tokenize(normalize(text));
  return segmentSentences(tokens).map((s) => text.slice(s.start, s.end));
}

test('sentences: split on full stop and Arabic question mark', () => {
  assert.deepEqual(split('وصل الوزير. هل يلتقي الرئيس؟ نعم.'), ['وصل الوزير.', 'هل يلتقي الرئيس؟', 'نعم.']);
});

test('sentences: split on line breaks', () => {
  assert.deepEqual(split('السطر الأول\nالسطر الثاني.'), ['السطر الأول', 'السطر الثاني.']);
});

test('sentences: no split after an abbreviation or an initial', () => {
  assert.deepEqual(split('قال د. أحمد إن الوضع هادئ. ثم غادر.'), ['قال د. أحمد إن الوضع هادئ.', 'ثم غادر.']);
  assert.deepEqual(split('Gen. Smith met Mr. Jones. They spoke.'), ['Gen. Smith met Mr. Jones.', 'They spoke.']);
});

test('sentences: no split inside a number', () => {
  assert.deepEqual(split('ارتفع النمو 3.5 بالمئة.'), ['ارتفع النمو 3.5 بالمئة.']);
});

test('sentences: no split inside a quotation that goes on', () => {
  assert.deepEqual(split('قال «لن نتراجع. سنواصل» ثم غادر.'), ['قال «لن نتراجع. سنواصل» ثم غادر.']);
});

test('sentences: a short first line without final punctuation is a dateline', () => {
  const tokens = tokenize(normalize('شام تايمز- متابعة\nأجرى الوزير محادثات.'));
  const sentences = segmentSentences(tokens);
  assert.equal(sentences[0]?.dateline, true);
  assert.equal(sentences[1]?.dateline, false);
});

test('sentences: property — sentences cover every token once, in order, without overlap', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
    const tokens = tokenize(normalize(s));
    const sentences = segmentSentences(tokens);
    let next = 0;
    for (const sent of sentences) {
      if (sent.tokenStart !== next || sent.tokenEnd <= sent.tokenStart) return false;
      if (sent.start < 0 || sent.end > s.length || sent.start > sent.end) return false;
      next = sent.tokenEnd;
    }
    return next === tokens.length;
  }), { numRuns: 300 });
});

test('sentences: a run-on text without full stops is split into bounded pieces', () => {
  const words = ['قال', 'الوزير', 'إن', 'الحكومة', 'ستواصل', 'العمل'];
  const text = Array.from({ length: 1000 }, (_, i) => `${words[i % words.length]}${i % 50 === 49 ? '،' : ''}`).join(' ');
  const tokens = tokenize(normalize(text));
  const sentences = segmentSentences(tokens);
  assert.ok(sentences.length > 4);
  assert.ok(sentences.every((s) => s.tokenEnd - s.tokenStart <= 250));
});

test('sentences: a wire dateline on the lead line is kept apart', () => {
  const text = 'طهران 15 - 8 ( اف ب ) - أعلنت إيران اليوم استئناف المحادثات.';
  const sentences = segmentSentences(tokenize(normalize(text)));
  assert.equal(sentences[0]?.dateline, true);
  assert.equal(text.slice(sentences[0]!.start, sentences[0]!.end), 'طهران 15 - 8 ( اف ب ) -');
  assert.equal(text.slice(sentences[1]!.start, sentences[1]!.end), 'أعلنت إيران اليوم استئناف المحادثات.');
});
