/**
 * Capitals and seats of power stand for their government («أعلنت دمشق», «Moscow said»), and the
 * metonyms of `data/gazetteer/metonyms.tsv` for the body they name («الكرملين», «the White House»,
 * «عين التينة»), each with the right country and sector. Every capital, seat and metonym is tested
 * (far more than the fifty the issue asks for).
 *
 * A capital whose name is also a country's («عمان»: Oman, or Amman) is a capital in a text that
 * names its country, so such a text names it first; a name that is also a common word («ماليه»)
 * is a place only after a place word or a locative preposition, not a metonym, and is left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../coder.js';
import { BUILTIN_LAYERS } from '../data/layers.js';
import { variants } from '../data/tsv.js';
import { readTables } from '../dictionaries/tables.js';
import type { Lang } from '../model/document.js';
import { normalizeWord } from '../text/normalize.js';

const tables = readTables(BUILTIN_LAYERS);
const commonWords = new Set(tables.commonWords.map((r) => normalizeWord(r.word)));
const countryNames = new Map(tables.countries.flatMap((c) => variants(c.names_ar).map((n) => [normalizeWord(n), c.iso3] as const)));
const countryName = new Map(tables.countries.map((c) => [c.iso3, variants(c.names_ar)[0] ?? c.name_en]));

/** The actors the phrase naming `form` resolves to, as COUNTRY:SECTOR. */
function resolvedAs(text: string, form: string, lang: Lang): string[] {
  const a = analyzeDocument({ id: 'x', text, lang, publishedAt: '2025-01-01' });
  const at = text.lastIndexOf(form);
  return (a.actors ?? []).filter((r) => r.start <= at && at < r.end).flatMap((r) => r.actors.map((x) => `${x.country}:${x.sector}`));
}

const seats = tables.places.filter((p) => p.kind === 'capital' || p.kind === 'seat');

test('capitals: the gazetteer has every capital and the seats of power', () => {
  assert.ok(seats.length + tables.metonyms.length >= 50);
  assert.ok(seats.filter((p) => p.kind === 'capital').length >= 190);
});

for (const p of seats) {
  test(`capitals: ${p.name_en} (${p.iso3}) is its government`, () => {
    const missed: string[] = [];
    for (const name of variants(p.names_ar)) {
      if (commonWords.has(normalizeWord(name))) continue;
      const other = countryNames.get(normalizeWord(name));
      const context = other !== undefined && other !== p.iso3 ? `وصل الوفد إلى ${countryName.get(p.iso3)} أمس. ` : '';
      const text = `${context}أعلنت ${name} رفضها القرار.`;
      const got = resolvedAs(text, name, 'ar');
      if (!got.includes(`${p.iso3}:GOV`)) missed.push(`${text} → ${got.join(', ') || 'nothing'}`);
    }
    const en = `${p.name_en} rejected the resolution on Monday.`;
    const got = resolvedAs(en, p.name_en, 'en');
    if (!got.includes(`${p.iso3}:GOV`)) missed.push(`${en} → ${got.join(', ') || 'nothing'}`);
    assert.deepEqual(missed, []);
  });
}

for (const m of tables.metonyms) {
  test(`metonyms: ${m.phrase} is ${m.iso3} ${m.sector}`, () => {
    const phrase = m.phrase.replace(/^the /i, '');
    const text = m.lang === 'ar' ? `أعلن ${phrase} رفضه القرار.` : `The ${phrase} rejected the resolution on Monday.`;
    assert.ok(resolvedAs(text, phrase, m.lang).includes(`${m.iso3}:${m.sector}`), `${text} → ${resolvedAs(text, phrase, m.lang).join(', ')}`);
  });
}

test('capitals: a capital named as where something happens is a place, not an actor', () => {
  const a = analyzeDocument({ id: 'x', text: 'عقد الاجتماع في دمشق أمس.', lang: 'ar', publishedAt: '2025-01-01' });
  const damascus = (a.actors ?? []).find((r) => a.doc.text.slice(r.start, r.end).includes('دمشق'));
  assert.equal(damascus?.kind, 'place');
  assert.equal(damascus?.place?.country, 'SYR');
});
