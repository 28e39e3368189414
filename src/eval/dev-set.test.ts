import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PACKAGE_ROOT } from '../data/paths.js';
import { readGold } from './gold.js';

// The held-out dev set (test/dev) is scored by `npm run eval`, not here: it is expected to fail in
// places. This only checks that every file is valid gold and keeps the conventions of the set.
const devDir = join(PACKAGE_ROOT, 'test', 'dev');
const files = readdirSync(devDir).filter((f) => f.endsWith('.jsonl')).sort();

test('dev set: test/dev holds the Arabic and English files', () => {
  assert.deepEqual(files, ['ar-dev.jsonl', 'en-dev.jsonl']);
});

for (const f of files) {
  test(`dev set: ${f} parses as gold records with ids, dates, categories and source`, () => {
    const records = readGold(join(devDir, f));
    const lang = f.slice(0, 2);
    const ids = new Set<string>();
    for (const r of records) {
      const where = `${f}:${r.line} (${r.id})`;
      assert.match(r.id, new RegExp(`^dev-${lang}-\\d{3}$`), `${where}: id`);
      assert.ok(!ids.has(r.id), `${where}: duplicate id`);
      ids.add(r.id);
      assert.equal(r.lang, lang, `${where}: lang`);
      assert.ok(r.date, `${where}: publication date`);
      assert.ok(r.category && r.category.length > 0, `${where}: category`);
      assert.equal(r.source, 'written for Marsad (held-out dev)', `${where}: source`);
      assert.ok(r.text.trim().length > 0, `${where}: text`);
      for (const e of r.events) {
        assert.ok(!(e.absent && e.required !== undefined), `${where}: an absent event takes no "required"`);
        if (e.date !== undefined) assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/, `${where}: event date`);
        if (e.cameo !== undefined) assert.match(e.cameo, /^\d{3,4}$/, `${where}: CAMEO code`);
      }
    }
  });
}

test('dev set: the Arabic file covers every category of the shared Arabic gold', () => {
  const categories = new Set(readGold(join(devDir, 'ar-dev.jsonl')).flatMap((r) => r.category ?? []));
  const shared = ['negation', 'reported-speech', 'igo', 'relative-date', 'telephone', 'dual-verb', 'metonymy', 'recall-ambassador',
    'pronoun-subject', 'future-threat', 'hamza-less-spelling', 'nominal-event', 'alif-maqsura-for-ya', 'multiple-recipients',
    'participle-second-event', 'recipient-as-subject', 'title-only', 'message', 'hypothetical', 'rhetorical-question', 'no-event',
    'agentless-passive', 'eastern-digits', 'title-only-coreference', 'third-country-location', 'svo-order', 'present-tense',
    'un-security-council', 'visit', 'tour', 'planned-stops'];
  assert.deepEqual(shared.filter((c) => !categories.has(c)), []);
});
