import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Lang } from '../model/document.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import { compileLexicon, type LexEntry, phraseWords } from './lexicon.js';

function entry(id: string, phrase: string, cls: 'noun' | 'nisba' | 'fixed', lang: Lang = 'ar', extra: string[] = []): LexEntry<string> {
  return { id, lang, words: phraseWords(phrase, lang, cls, extra), payload: id };
}

function found(entries: Array<LexEntry<string>>, text: string, functionWords = false): string[] {
  const lex = compileLexicon(entries, functionWords);
  const tokens = tokenize(normalize(text));
  return lex.match(tokens, 0, tokens.length).map((m) => `${m.entries.map((e) => e.id).join('|')}@${m.tokenStart}-${m.tokenEnd}`);
}

// A fictional dictionary (in the spirit of PETRARCH's Arnor and Gondor), so the mechanism is tested, not the data.
const FICTION = [
  entry('arnor', 'أرنور', 'fixed'),
  entry('gondor', 'الغوندور', 'fixed'),
  entry('gondor-nisba', 'غوندوري', 'nisba'),
  entry('fm', 'وزير الخارجية', 'noun', 'ar', ['وزراء الخارجية']),
  entry('fm-exp', 'وزير الخارجية والمغتربين', 'noun'),
];

test('lexicon: the longest phrase wins', () => {
  assert.deepEqual(found(FICTION, 'وزير الخارجية والمغتربين'), ['fm-exp@0-3']);
});

test('lexicon: clitics and the article are read on every word', () => {
  assert.deepEqual(found(FICTION, 'ولوزير خارجية أرنور'), ['fm@0-2', 'arnor@2-3']);
});

test('lexicon: duals and broken plurals of the head word match', () => {
  assert.deepEqual(found(FICTION, 'وزيرا الخارجية'), ['fm@0-2']);
  assert.deepEqual(found(FICTION, 'وزراء الخارجية'), ['fm@0-2']);
});

test('lexicon: a nisba matches in every gender and number', () => {
  assert.deepEqual(found(FICTION, 'الغوندوريون الغوندورية'), ['gondor-nisba@0-1', 'gondor-nisba@1-2']);
});

test('lexicon: a name written with the article needs it, one without refuses it', () => {
  assert.deepEqual(found(FICTION, 'بالغوندور غوندور الأرنور'), ['gondor@0-1']);
});

test('lexicon: a name takes no pronoun suffix', () => {
  assert.deepEqual(found(FICTION, 'أرنورها'), []);
});

test('lexicon: function words take only the conjunctions', () => {
  const cues = [entry('la', 'لا', 'fixed')];
  assert.deepEqual(found(cues, 'ولا كلا', true), ['la@0-1']);
});

test('lexicon: English plurals of the head word', () => {
  const en = [entry('fm-en', 'foreign minister', 'noun', 'en')];
  assert.deepEqual(found(en, 'The foreign ministers met'), ['fm-en@1-3']);
});

test('lexicon: a lexicon compiled after the same tokens were matched by another still finds its words', () => {
  const tokens = tokenize(normalize('وزير خارجية أرنور'));
  assert.deepEqual(compileLexicon([entry('arnor', 'أرنور', 'fixed')]).match(tokens, 0, tokens.length).map((m) => m.tokenStart), [2]);
  const later = compileLexicon([entry('fm-later', 'وزير الخارجية', 'noun')]);
  assert.deepEqual(later.match(tokens, 0, tokens.length).map((m) => [m.tokenStart, m.tokenEnd]), [[0, 2]]);
});
