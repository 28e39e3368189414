/**
 * Every country of `data/gazetteer/countries.tsv` in every form the press uses is recognised with
 * its code: each Arabic name and variant; the nisba masculine and feminine, with and without the
 * article, dual and plural (forms written out here, not taken from the inflector under test), and
 * broken plurals; each English name and the demonyms.
 *
 * Names that are also common words («مالي» financial, «بنين» sons: `common-words.tsv`) are read as
 * countries only after a locative preposition, so they are tested there alone. A nisba shared by two
 * countries (كونغولي) is read from the document, which here names its country first.
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

/** One case: a sentence and the form in it that must resolve to the country. */
interface Case { sentence: string; form: string }

/** Inflects each nisba word (those in ي; «جنوب» of «جنوب أفريقي» stays): a suffix and, optionally, the article. */
function nisba(m: string, suffix: string, article: boolean): string {
  return m.split(' ').map((w) => (w.endsWith('ي') ? `${article ? 'ال' : ''}${w}${suffix}` : w)).join(' ');
}

function arabicCases(c: (typeof tables.countries)[number]): Case[] {
  const out: Case[] = [];
  for (const name of variants(c.names_ar)) {
    out.push({ sentence: `وصل الوفد إلى ${name} أمس.`, form: name });
    if (!commonWords.has(normalizeWord(name))) out.push({ sentence: `أعلنت ${name} رفضها القرار.`, form: name });
  }
  for (const m of variants(c.nisba_ar)) {
    const forms: Array<[string, (f: string) => string]> = [
      [nisba(m, '', true), (f) => `قال وزير الخارجية ${f} إن الوضع صعب.`],
      [nisba(m, '', false), (f) => `قال مسؤول ${f} إن الوضع صعب.`],
      [nisba(m, 'ة', true), (f) => `قالت الحكومة ${f} إن الوضع صعب.`],
      [nisba(m, 'ة', false), (f) => `قالت وزارة ${f} إن الوضع صعب.`],
      [nisba(m, 'ان', true), (f) => `التقى الوزيران ${f} أمس.`],
      [nisba(m, 'ين', true), (f) => `استقبل الرئيس الوزيرين ${f} أمس.`],
      [nisba(m, 'ون', true), (f) => `تظاهر ${f} أمام السفارة.`],
      [nisba(m, 'ين', true), (f) => `اعتقلت الشرطة عشرات ${f} أمس.`],
      [nisba(m, 'ين', false), (f) => `اعتقلت الشرطة مواطنين ${f} أمس.`],
    ];
    for (const [form, sentence] of forms) out.push({ sentence: sentence(form), form });
  }
  for (const p of variants(c.nisba_plural_ar)) out.push({ sentence: `تظاهر آلاف ال${p} أمام السفارة.`, form: `ال${p}` });
  return out;
}

function englishCases(c: (typeof tables.countries)[number]): Case[] {
  const out: Case[] = [];
  for (const name of [c.name_en, ...variants(c.names_en_alt)]) {
    out.push({ sentence: `The delegation arrived in ${name} on Monday.`, form: name });
    out.push({ sentence: `${name} rejected the resolution.`, form: name });
  }
  const [adjective, ...plurals] = variants(c.demonym_en);
  if (adjective) out.push({ sentence: `The ${adjective} foreign minister said the talks failed.`, form: adjective });
  for (const p of plurals) out.push({ sentence: `Police arrested several ${p} on Monday.`, form: p });
  return out;
}

/** The cases whose form is not resolved to the country (as an actor, or as a place in it), with what was found instead. */
function unresolved(iso3: string, lang: Lang, cases: readonly Case[]): string[] {
  if (cases.length === 0) return [];
  const text = cases.map((c) => c.sentence).join('\n');
  const a = analyzeDocument({ id: iso3, text, lang, publishedAt: '2025-01-01' });
  const out: string[] = [];
  let offset = 0;
  for (const c of cases) {
    const at = text.indexOf(c.form, offset);
    offset += c.sentence.length + 1;
    const over = (a.actors ?? []).filter((r) => r.start <= at && at < r.end);
    if (!over.some((r) => r.actors.some((x) => x.country === iso3) || r.place?.country === iso3)) {
      out.push(`${c.sentence} → ${over.map((r) => r.actors.map((x) => x.country ?? '?').join('+') || r.place?.country).join(', ') || 'nothing'}`);
    }
  }
  return out;
}

for (const c of tables.countries) {
  test(`countries: ${c.iso3} (${c.name_en}) in all its forms`, () => {
    const missed = [...unresolved(c.iso3, 'ar', arabicCases(c)), ...unresolved(c.iso3, 'en', englishCases(c))];
    assert.deepEqual(missed, []);
  });
}

test('countries: the loop covers every row and the nisba families', () => {
  assert.ok(tables.countries.length >= 249);
  assert.ok(tables.countries.filter((c) => c.nisba_ar !== '').length >= 160);
});
