import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, codeDocument } from '../coder.js';

/** The names of the actors of the first event coded from a sentence. */
function actorNames(text: string, lang: 'ar' | 'en'): Array<string | null> {
  const [e] = codeDocument({ id: 't', text, lang, publishedAt: '2025-01-01' });
  return e ? e.actor.map((a) => a.name) : [];
}

test('regression: an unknown name after an Arabic title is the actor\'s name', () => {
  assert.deepEqual(actorNames('التقى وزير الخارجية الأردني زيد العمري نظيره العراقي في بغداد.', 'ar'), ['زيد العمري']);
});

test('a name with its connectors («بن», «عبد») is taken whole', () => {
  const text = 'استقبل الأمير فهد بن سعود بن عبد الله السفير الياباني.';
  const a = analyzeDocument({ id: 't', text, lang: 'ar', publishedAt: '2025-01-01' });
  assert.deepEqual(a.actors?.map((r) => r.actors[0]?.name), ['فهد بن سعود بن عبد الله', null]);
});

test('regression: an unknown English name after a title is the actor\'s name', () => {
  assert.deepEqual(actorNames('The Egyptian Foreign Minister John Doe met his Iraqi counterpart in Baghdad on Monday.', 'en'), ['John Doe']);
});

test('an adjective, a date or a verb after the title is no name', () => {
  assert.deepEqual(actorNames('التقى وزير الخارجية الأردني الجديد نظيره العراقي في بغداد.', 'ar'), [null]);
  assert.deepEqual(actorNames('التقى وزير الخارجية الأردني اليوم نظيره العراقي في بغداد.', 'ar'), [null]);
  assert.deepEqual(actorNames('The Egyptian foreign minister met his Iraqi counterpart on Monday.', 'en'), [null]);
});

test('one unknown word is a name only when it is a given name', () => {
  assert.deepEqual(actorNames('التقى وزير الخارجية الأردني فهد نظيره العراقي في بغداد.', 'ar'), ['فهد']);
  assert.deepEqual(actorNames('التقى وزير الخارجية الأردني مؤخراً نظيره العراقي في بغداد.', 'ar'), [null]);
});
