/**
 * Property tests of the text layer over any Unicode string (fast-check): normalization and
 * segmentation never throw; every normalized character, token and sentence points into the
 * original and maps back to it; tokens and sentences are in order and never overlap; sentences
 * cover every token once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Sentence, Token } from '../model/document.js';
import { normalize, normalizeWord, originalSpan, type Normalized } from './normalize.js';
import { segmentSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** Characters the text layer treats specially, so that random strings hit its branches often. */
const SPECIAL = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱکیەۀھ', '\u064B', '\u064E', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670',
  '\u0640', '\u06DD', '\u0610', ...'٠١٢٣٤٥٦٧٨٩۴٫٬٪', ...'0123456789', ...'ﻻﻷﷲﷺﺑﹰﹸﱞ', '\u200B', '\u200C', '\u200D', '\u200F', '\u202B',
  '\u202C', '\u2067', '\u2069', '\uFEFF', '\u00AD', ...' \n\r\t', ...'.!?؟…،؛:-–—/()«»“”"\'', ...'aZe\u0301İ', ...'½⑵㎞',
  ...'www.gov.sa@', 'د.', 'م.', 'ق.م', 'إلخ', 'U.S.', 'Inc.', 'The', 'هـ', 'وللـ ', 'ل ', ' ها', '\uD83D\uDE00', '\uD800', '\uDC00',
];

/** Any string: arbitrary code points (lone surrogates included) mixed with the special characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 120 }),
  fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }).map((xs) => xs.join('')),
);

const RUNS = { numRuns: 400 };

/** Units of the normalized text grouped by the original span they came from. */
function groups(n: Normalized): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (let i = 0; i < n.text.length; i++) {
    const start = n.starts[i] ?? -1;
    const end = n.ends[i] ?? -1;
    const last = out[out.length - 1];
    if (last && last.start === start && last.end === end) last.text += n.text[i];
    else out.push({ start, end, text: n.text[i] ?? '' });
  }
  return out;
}

test('text properties: normalization never throws; its spans lie inside the original, in order, without overlap', () => {
  fc.assert(fc.property(anyText, (s) => {
    const n = normalize(s);
    let lastEnd = 0;
    for (const g of groups(n)) {
      if (g.start < lastEnd || g.end > s.length || g.start >= g.end) return false;
      lastEnd = g.end;
    }
    return n.starts.length === n.text.length && n.ends.length === n.text.length;
  }), RUNS);
});

test('text properties: the char map round-trips: each original span normalizes back to the text it produced', () => {
  fc.assert(fc.property(anyText, (s) => {
    const n = normalize(s);
    for (const g of groups(n)) assert.equal(normalizeWord(s.slice(g.start, g.end)), g.text, `span [${g.start}, ${g.end}) of ${JSON.stringify(s)}`);
    assert.equal(normalizeWord(s), n.text);
    if (n.text.length > 0) {
      const all = originalSpan(n, 0, n.text.length);
      assert.equal(normalizeWord(s.slice(all.start, all.end)), n.text);
    }
  }), RUNS);
});

function checkTokens(s: string, tokens: readonly Token[]): void {
  let lastEnd = 0;
  tokens.forEach((t, i) => {
    assert.equal(t.index, i);
    assert.ok(t.start >= lastEnd && t.start < t.end && t.end <= s.length, `token ${i} [${t.start}, ${t.end}) of ${JSON.stringify(s)}`);
    // a token maps back: its original text normalizes to its form (clitics written apart are joined without the space)
    const back = normalizeWord(s.slice(t.start, t.end)).replace(/\s+/gu, '');
    assert.equal(back, t.norm.replace(/\s+/gu, ''), `token ${i} of ${JSON.stringify(s)}`);
    lastEnd = t.end;
  });
}

test('text properties: tokens never throw, lie inside the original in order without overlap, and map back to it', () => {
  fc.assert(fc.property(anyText, (s) => checkTokens(s, tokenize(normalize(s)))), RUNS);
});

function checkSentences(s: string, tokens: readonly Token[], sentences: readonly Sentence[]): void {
  let next = 0;
  let lastEnd = 0;
  sentences.forEach((x, k) => {
    assert.equal(x.index, k);
    assert.equal(x.tokenStart, next, `sentence ${k} of ${JSON.stringify(s)}`);
    assert.ok(x.tokenEnd > x.tokenStart);
    assert.equal(x.start, tokens[x.tokenStart]?.start);
    assert.equal(x.end, tokens[x.tokenEnd - 1]?.end);
    assert.ok(x.start >= lastEnd && x.end <= s.length);
    assert.ok(!x.dateline || k === 0, 'only the first sentence can be a dateline');
    next = x.tokenEnd;
    lastEnd = x.end;
  });
  assert.equal(next, tokens.length, 'sentences cover every token');
}

/**
 * What lies between two tokens: only white space, characters normalization deletes, and copies of
 * the token before (a word repeated by a scraping artefact is read once).
 */
function checkGaps(s: string, tokens: readonly Token[]): void {
  let from = 0;
  let prev = '';
  for (const t of [...tokens, { start: s.length, end: s.length }]) {
    let rest = normalizeWord(s.slice(from, t.start)).replace(/\s+/gu, '');
    const copy = normalizeWord(prev).replace(/\s+/gu, '');
    while (copy !== '' && rest.startsWith(copy)) rest = rest.slice(copy.length);
    assert.equal(rest, '', `text between tokens at ${from}..${t.start} of ${JSON.stringify(s)}`);
    prev = s.slice(t.start, t.end);
    from = t.end;
  }
}

test('text properties: tokens cover the text: between them lie only white space and deleted marks', () => {
  fc.assert(fc.property(anyText, (s) => checkGaps(s, tokenize(normalize(s)))), RUNS);
});

test('text properties: sentences never throw, cover every token once, in order, without overlap', () => {
  fc.assert(fc.property(anyText, (s) => {
    const tokens = tokenize(normalize(s));
    checkSentences(s, tokens, segmentSentences(tokens, s));
    checkSentences(s, tokens, segmentSentences(tokens));
  }), RUNS);
});
