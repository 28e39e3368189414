import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cliticSplits } from './clitics.js';

function has(word: string, pro: string, stem: string, enc = ''): boolean {
  return cliticSplits(word).some((s) => s.pro === pro && s.stem === stem && s.enc === enc);
}

test('clitics: conjunction, preposition and article stack', () => {
  assert.ok(has('وبالعراق', 'وبال', 'عراق'));
  assert.ok(has('فالحكومه', 'فال', 'حكومه'));
});

test('clitics: ل with the article is written لل', () => {
  assert.ok(has('للتعاون', 'لل', 'تعاون'));
  assert.ok(has('وللامم', 'ولل', 'امم'));
});

test('clitics: enclitic pronouns', () => {
  assert.ok(has('سفيرها', '', 'سفير', 'ها'));
  assert.ok(has('بلاده', '', 'بلاد', 'ه'));
  assert.ok(has('ضدهما', '', 'ضد', 'هما'));
});

test('clitics: the future marker goes with an imperfect stem, never with the article', () => {
  assert.ok(cliticSplits('سيقوم').some((s) => s.future && s.stem === 'يقوم'));
  assert.ok(!cliticSplits('سالحكومه').some((s) => s.future && s.article));
});

test('clitics: no enclitic after the article', () => {
  assert.ok(!cliticSplits('الوزيره').some((s) => s.article && s.enc !== ''));
});

test('clitics: stems keep at least two letters', () => {
  assert.ok(cliticSplits('وله').every((s) => s.stem.length >= 2));
});
