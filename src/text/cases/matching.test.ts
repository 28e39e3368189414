import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../../model/document.js';
import { loadCases, loadMatchCases, type MatchCase, runCases } from './fixtures.js';
import { findLemma, SEP } from './render.js';

/**
 * expected: `-` for no match, else the matches in order separated by " | ", each the original text
 * it covers, optionally `=label`: a verb cell (pf.3fd, ind.p.3ms, jus.3fs …) or a noun number
 * (sg du pl dp ds) that one of its readings must carry.
 */
function check(lang: Lang, c: MatchCase): void {
  const found = findLemma({ lang, pos: c.pos, lemma: c.lemma, present: c.present === '-' ? '' : c.present }, c.input);
  const shown = found.map((m) => `${m.text}=${[...m.labels].join(',')}`).join(SEP) || '-';
  const want = c.expected === '-' ? [] : c.expected.split(SEP);
  assert.equal(found.length, want.length, `${c.input}: expected ${c.expected}, found ${shown}`);
  want.forEach((w, k) => {
    const [text, label] = w.split('=');
    assert.equal(found[k]?.text, text, `${c.input}: expected ${c.expected}, found ${shown}`);
    if (label) assert.ok(found[k]?.labels.has(label), `${c.input}: expected ${c.expected}, found ${shown}`);
  });
}

const FILES: Array<[string, Lang]> = [['match-ar-verbs.tsv', 'ar'], ['match-ar-nouns.tsv', 'ar'], ['match-en.tsv', 'en']];
for (const [file, lang] of FILES) runCases(file, loadMatchCases(file), (c) => check(lang, c));

test('text cases: the tables hold at least 300 cases', () => {
  const plain = ['normalize.tsv', 'tokens.tsv', 'token-spans.tsv', 'sentences.tsv', 'clitics.tsv'];
  const total = plain.reduce((n, f) => n + loadCases(f).length, 0) + FILES.reduce((n, [f]) => n + loadMatchCases(f).length, 0);
  assert.ok(total >= 300, `${total} cases`);
});
