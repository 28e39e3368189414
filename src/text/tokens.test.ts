import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from './normalize.js';
import { tokenize } from './tokens.js';

function norms(text: string): string[] {
  return tokenize(normalize(text)).map((t) => t.norm);
}

test('tokens: a closing quote and an Arabic comma glued to words are split off', () => {
  assert.deepEqual(norms('صباغ”،اليوم'), ['صباغ', '”', '،', 'اليوم']);
});

test('tokens: decimal numbers and dates stay whole', () => {
  assert.deepEqual(norms('نما 3.5 في 15/8/1436'), ['نما', '3.5', 'في', '15/8/1436']);
});

test('tokens: eastern digits become one number token', () => {
  assert.deepEqual(norms('قُتل ١٢ مدنياً'), ['قتل', '12', 'مدنيا']);
});

test('tokens: dotted abbreviations and inner apostrophes stay whole', () => {
  assert.deepEqual(norms("The U.S. didn't"), ['the', 'u.s.', "didn't"]);
});

test('tokens: each token keeps its original span', () => {
  const text = 'أدانَ الأردنُّ الهجوم';
  for (const t of tokenize(normalize(text))) assert.equal(normalize(text.slice(t.start, t.end)).text, t.norm);
});

test('tokens: a token after a line break is marked lineStart', () => {
  const tokens = tokenize(normalize('عنوان\nنص'));
  assert.deepEqual(tokens.map((t) => t.lineStart), [true, true]);
});

test('tokens: ta marbuta in the original is recorded', () => {
  const [a, b] = tokenize(normalize('إدانة إدانه'));
  assert.equal(a?.taMarbuta, true);
  assert.equal(b?.taMarbuta, false);
});

test("tokens: the English possessive 's stands apart", () => {
  assert.deepEqual(norms("Mali's military rulers"), ['mali', "'s", 'military', 'rulers']);
});

test('tokens: clitics written apart are rejoined onto their word', () => {
  assert.deepEqual(norms('ل متأخرات ها'), ['لمتاخراتها']);
  assert.deepEqual(norms('طالب ب وقف القتال'), ['طالب', 'بوقف', 'القتال']);
  const text = 'و قال';
  const [t] = tokenize(normalize(text));
  assert.deepEqual([t?.start, t?.end], [0, 5]);
});

test('tokens: a word repeated at once by a scraping artefact is read once', () => {
  assert.deepEqual(norms('رفضهما رفضهما القرار'), ['رفضهما', 'القرار']);
});

test('tokens: alef maqsura in the original is recorded', () => {
  const [a, b] = tokenize(normalize('قتلى قتلي'));
  assert.equal(a?.alefMaqsura, true);
  assert.equal(b?.alefMaqsura, false);
});

test('tokens: independent pronouns and words that look like enclitics stay apart', () => {
  assert.deepEqual(norms('قتلوا كما أصيب'), ['قتلوا', 'كما', 'اصيب']);
  assert.deepEqual(norms('قال هم'), ['قال', 'هم']);
});

test('tokens: a word runs on over any letter or mark that follows it, astral ones included', () => {
  assert.deepEqual(tokenize(normalize('عربيa كلمة𐌰 كلمة😀 abc')).map((t) => [t.norm, t.kind]), [
    ['عربيa', 'word'], ['كلمه𐌰', 'word'], ['كلمه', 'word'], ['😀', 'punct'], ['abc', 'word'],
  ]);
});
