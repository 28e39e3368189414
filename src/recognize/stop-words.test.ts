import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import { StopWords } from './stop-words.js';

const list = new StopWords([
  { id: 'ar-amam', lang: 'ar', word: 'أمام', keeps: ['إمام'], kind: 'preposition' },
  { id: 'ar-an', lang: 'ar', word: 'أن', keeps: ['وان'], kind: 'particle' },
  { id: 'ar-mufawadat', lang: 'ar', word: 'مفاوضات', keeps: [], kind: 'noun' },
]);

function blocked(text: string): string[] {
  return tokenize(normalize(text)).filter((t) => list.blocks(t, text)).map((t) => text.slice(t.start, t.end));
}

test('a function word blocks the actor reading of its folded form, with the clitics it takes', () => {
  assert.deepEqual(blocked('وقف أمام المحكمة وأمامه'), ['أمام', 'وأمامه']);
  assert.deepEqual(blocked('المفاوضات وبالمفاوضات ومفاوضاتها'), ['المفاوضات', 'وبالمفاوضات', 'ومفاوضاتها']);
});

test('a function word takes no preposition, article or future marker («سان» is not س + أن)', () => {
  assert.deepEqual(blocked('سان كأمام بأن'), []);
});

test('a bare-alif spelling takes the common reading; the spelling of the actor keeps it', () => {
  assert.deepEqual(blocked('امام إمام إِمَامُ'), ['امام']);
});

test('harakat do not hide the spelling of a function word', () => {
  assert.deepEqual(blocked('أَمَامَ'), ['أَمَامَ']);
});

test('a kept spelling after a conjunction stays («وان» is for the common-word list to decide)', () => {
  assert.deepEqual(blocked('وأن وان'), ['وأن']);
});

/** The actor phrases explain would show for one sentence. */
function actors(text: string): string[] {
  const a = analyzeDocument({ id: 't', text, lang: 'ar', publishedAt: '2025-01-01' });
  return (a.actors ?? []).map((r) => text.slice(r.start, r.end));
}

test('regression: «أمام» (in front of) is not the imam', () => {
  assert.deepEqual(actors('مثل المتهم أمام المحكمة.'), ['المحكمة']);
  assert.deepEqual(actors('وقف الوزير امام الصحفيين.').includes('امام'), false);
  assert.ok(actors('ألقى إمام المسجد خطبة الجمعة.').some((s) => s.startsWith('إمام')));
});

test('regression: «مشيراً إلى» (pointing out) is no field marshal, «المفاوضات» no negotiators', () => {
  assert.deepEqual(actors('وقال مشيراً إلى أن المفاوضات مستمرة.'), []);
  assert.ok(actors('وصل المشير إلى القاهرة.').some((s) => s === 'المشير'));
});

test('regression: «وأن» (and that) is not Van, «وإلى» (and to) not a governor, «والي» still is', () => {
  assert.deepEqual(actors('وأضاف وأن الأمر انتهى وإلى الأبد.'), []);
  assert.ok(actors('استقبل والي الخرطوم الوفد.').some((s) => s.startsWith('والي')));
});
