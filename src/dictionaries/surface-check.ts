/**
 * Conflicting surface forms: the same normalized name given to two different entries of one table
 * (two places called «طرابلس», one name for two people). Such a name is ambiguous in text; the
 * resolver picks a reading from the document, so this is a warning, listed for review.
 */
import { variants } from '../data/tsv.js';
import type { IssueSink } from '../data/tsv.js';
import { normalizeWord } from '../text/normalize.js';
import { personKey } from './roles-check.js';
import type { DictionaryTables } from './tables.js';

/** One name of an entry: its language, field and text as written. */
interface Name { lang: 'ar' | 'en'; field: string; text: string }

interface Located { id: string; file: string; line: number }

type Namer<R> = (r: R) => Name[];

const ar = (field: string, value: string): Name[] => variants(value).map((text) => ({ lang: 'ar', field, text }));
const en = (field: string, value: string): Name[] => variants(value).map((text) => ({ lang: 'en', field, text }));
const inLang = (lang: 'ar' | 'en', field: string, value: string): Name[] => (lang === 'ar' ? ar(field, value) : en(field, value));

/** How each table names its entries, and which rows are one entry (a person's several roles). */
const NAMERS: { [K in keyof DictionaryTables]?: { names: Namer<DictionaryTables[K][number]>; entry?: (id: string) => string } } = {
  countries: { names: (r) => [...ar('names_ar', r.names_ar), ...ar('nisba_ar', r.nisba_ar), ...en('name_en', r.name_en), ...en('names_en_alt', r.names_en_alt), ...en('demonym_en', r.demonym_en)] },
  places: { names: (r) => [...ar('names_ar', r.names_ar), ...en('name_en', r.name_en)] },
  // one seat of power may have several rows, one per spelling (metonym:FRA:elysee:ar, …:ar2)
  metonyms: { names: (r) => inLang(r.lang, 'phrase', r.phrase), entry: (id) => id.replace(/\d+$/, '') },
  organizations: { names: (r) => [...ar('names_ar', r.names_ar), ...ar('nisba_ar', r.nisba_ar), ...en('name_en', r.name_en), ...en('names_en_alt', r.names_en_alt)] },
  agents: { names: (r) => inLang(r.lang, 'phrase', r.phrase) },
  people: { names: (r) => [...ar('names_ar', r.names_ar), ...en('name_en', r.name_en), ...en('names_en_alt', r.names_en_alt)], entry: personKey },
  anaphors: { names: (r) => inLang(r.lang, 'phrase', r.phrase) },
};

/** The matching key of a name: normalized word by word (English also lower-cased). */
export function surfaceKey(n: Name): string {
  const words = n.text.trim().split(/\s+/).map((w) => normalizeWord(w));
  return `${n.lang}:${(n.lang === 'en' ? words.map((w) => w.toLowerCase()) : words).join(' ')}`;
}

function checkTable<R extends Located>(rows: readonly R[], names: Namer<R>, entry: (id: string) => string, sink: IssueSink): void {
  const first = new Map<string, R>();
  for (const r of rows) {
    const reported = new Set<string>();
    const inRow = new Set<string>();
    for (const n of names(r)) {
      const key = surfaceKey(n);
      // a country's name and its nisba may be spelt alike (بوروندي): only the same kind of name repeats
      const rowKey = `${n.field === 'nisba_ar' || n.field === 'demonym_en' ? n.field : 'name'}/${key}`;
      if (inRow.has(rowKey)) {
        sink.warn(r.file, r.line, `field "${n.field}": «${n.text}» is listed twice in this row; names that differ only in letter case, hamza, ta marbuta or alef maqsura match anyway`);
        continue;
      }
      inRow.add(rowKey);
      const owner = first.get(key);
      if (!owner) first.set(key, r);
      else if (entry(owner.id) !== entry(r.id) && !reported.has(entry(owner.id))) {
        reported.add(entry(owner.id));
        sink.warn(r.file, r.line, `field "${n.field}": «${n.text}» also names ${owner.id} (${owner.file}:${owner.line}); expected one entry per name in a table (the resolver will have to choose)`);
      }
    }
  }
}

/** Warns about names shared by two entries of one table. */
export function checkSurfaceForms(tables: DictionaryTables, sink: IssueSink): void {
  for (const [table, namer] of Object.entries(NAMERS) as Array<[keyof DictionaryTables, { names: Namer<Located>; entry?: (id: string) => string }]>) {
    checkTable(tables[table] as unknown as Located[], namer.names, namer.entry ?? ((id) => id), sink);
  }
}
