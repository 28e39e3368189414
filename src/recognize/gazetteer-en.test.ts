import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';

/** The place each recognised English place name is read as. */
function places(text: string): string[] {
  const a = analyzeDocument({ id: 't', text, lang: 'en', publishedAt: '2025-01-01' });
  return (a.actors ?? []).flatMap((r) => (r.place ? [r.place.id] : []));
}

test('regression: «Gaza» alone is the Gaza Strip, and other short names are their places', () => {
  assert.deepEqual(places('Israeli strikes hit Gaza on Monday.'), ['place:PSE:gaza-strip']);
  assert.deepEqual(places('Fighting spread from the Golan to Kashmir and Transnistria.'), ['place:SYR:golan-heights', 'place:IND:kashmir', 'place:MDA:transnistria']);
});

test('transliterations in news use name their places (Kiev, Odessa, Deraa, Kobane, Irbil)', () => {
  assert.deepEqual(places('Shells fell on Kiev, Odessa, Deraa, Kobane and Irbil.'),
    ['place:UKR:kyiv', 'place:UKR:odesa', 'place:SYR:daraa', 'place:SYR:kobani', 'place:IRQ:erbil']);
});

test('the capital of a dependent territory stands for its government', () => {
  const a = analyzeDocument({ id: 't', text: 'San Juan rejected the plan.', lang: 'en', publishedAt: '2025-01-01' });
  assert.deepEqual(a.actors?.map((r) => r.actors[0]?.country), ['PRI']);
});
