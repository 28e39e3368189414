import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';

function analyse(text: string): ReturnType<typeof analyzeDocument> {
  return analyzeDocument({ id: 't', text, lang: 'ar', publishedAt: '2025-01-01' });
}

/** The trigger words found in a sentence, as printed. */
function triggers(text: string): string[] {
  return (analyse(text).triggers ?? []).map((t) => text.slice(t.start, t.end));
}

/** The actor phrases found in a sentence, as printed. */
function actors(text: string): string[] {
  return (analyse(text).actors ?? []).map((r) => text.slice(r.start, r.end));
}

test('regression: a given name is not proclitic + verb («فيصل» is not ف + يصل)', () => {
  assert.deepEqual(triggers('استقبل الأمير فيصل بن خالد الضيوف.').includes('فيصل'), false);
  assert.deepEqual(triggers('ثم وصل الوفد فيصل إلى المطار.').includes('فيصل'), false);
});

test('the verb itself is still found, with its proclitics («فيصل» the name, «فوصل» the verb)', () => {
  assert.ok(triggers('فوصل الوزير السوري إلى موسكو.').includes('فوصل'));
  assert.ok(triggers('ويصل الوزير السوري غداً إلى موسكو.').includes('ويصل'));
});

test('a place and a title are read whole («لندن» is no ل + ندن, «وزير» no و + زير)', () => {
  assert.deepEqual(triggers('عقد وزير الخارجية مؤتمراً صحفياً في لندن.').filter((t) => t === 'لندن' || t === 'وزير'), []);
});

test('a name is not preposition + place («كامل» is no ك + آمل)', () => {
  assert.deepEqual(actors('قال كامل عبد الله إن الطقس حار.').filter((s) => s === 'كامل'), []);
});

test('a conjunction before a place stays a reading («وجدة» in a list of Saudi cities)', () => {
  assert.ok(actors('هطلت أمطار على الرياض وجدة والدمام.').includes('وجدة'));
});
