/**
 * Homographs of the gazetteer (`data/gazetteer/homographs.tsv`): one spelling, two places — «عمان»
 * is Amman (عَمّان) and Oman (عُمان), «طرابلس» Tripoli in Libya and in Lebanon. The evidence, in
 * order: the vowel marks the text prints (a shadda on the mim is Amman, a damma on the ain Oman),
 * the words right before the name («العاصمة الأردنية عمان», «سلطنة عمان»), a country named
 * elsewhere in the same sentence («الأردن», «العماني»). Without evidence every reading is kept and
 * the resolver chooses by the countries the whole document names (`choosePayload`).
 *
 * Limits: the marks are seldom printed; a sentence naming both Jordan and Oman settles on the first
 * row that matches; a headline without any other name keeps both readings.
 */
import type { IssueSink } from '../data/tsv.js';
import type { DictionaryTables } from '../dictionaries/tables.js';
import type { Token } from '../model/document.js';
import { normalize, normalizeWord } from '../text/normalize.js';
import type { Mention } from './mention.js';

/** One row, ready for matching. */
interface Row { id: string; entry: string; vowelled: string[]; before: string[]; near: ReadonlySet<string> }

const split = (field: string): string[] => field.split('|').map((v) => v.trim()).filter(Boolean);

/** True when a mention reading's id is the row's entry or one of its numbered variants. */
function isEntry(id: string, entry: string): boolean {
  return id === entry || id.startsWith(`${entry}#`) || id.startsWith(`${entry}:`);
}

/** The countries a mention names without ambiguity (a country, a nisba or a place of one country). */
function countryOf(m: Mention): string | null {
  const codes = new Set(m.payloads.map((p) => (p.type === 'country' || p.type === 'nisba' ? p.country : p.type === 'place' ? p.place.country : '')));
  const [only] = codes;
  return codes.size === 1 && only ? only : null;
}

/** The compiled homograph table. */
export class Homographs {
  private readonly byWord = new Map<string, Row[]>();

  constructor(tables: Pick<DictionaryTables, 'homographs'>) {
    for (const r of tables.homographs) {
      const word = normalizeWord(r.word);
      const rows = this.byWord.get(word) ?? [];
      rows.push({ id: r.id, entry: r.entry, vowelled: split(r.vowelled).map((v) => v.normalize('NFC')), before: split(r.before).map((b) => normalize(b).text), near: new Set(split(r.near)) });
      this.byWord.set(word, rows);
    }
  }

  /** The row whose evidence the text shows for a mention, if any. */
  private decide(m: Mention, rows: readonly Row[], sentence: readonly Mention[], tokens: readonly Token[], text: string): Row | null {
    const printed = text.slice(m.start, m.end).normalize('NFC');
    const vowelled = rows.find((r) => r.vowelled.some((v) => printed.endsWith(v)));
    if (vowelled) return vowelled;
    const before = tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).map((t) => t.norm).join(' ');
    const introduced = rows.find((r) => r.before.some((b) => before === b || before.endsWith(b) && /(^|[\s]|[وفبلك]|ال)$/.test(before.slice(0, before.length - b.length))));
    if (introduced) return introduced;
    const named = new Set(sentence.filter((o) => o !== m).map(countryOf).filter((c): c is string => c !== null));
    return rows.find((r) => [...r.near].some((c) => named.has(c))) ?? null;
  }

  /**
   * Settles the homographs among a document's mentions: a mention with two or more readings of a
   * listed spelling keeps only the one the text picks.
   *
   * @param mentions - the document's mentions in reading order
   * @returns the mentions, the settled ones replaced
   */
  settle(mentions: readonly Mention[], tokens: readonly Token[], text: string): Mention[] {
    if (this.byWord.size === 0) return [...mentions];
    return mentions.map((m) => {
      if (m.tokenEnd - m.tokenStart !== 1) return m;
      const stem = m.readings[0]?.split?.stem ?? tokens[m.tokenStart]?.norm ?? '';
      const rows = (this.byWord.get(stem) ?? []).filter((r) => m.entryIds.some((id) => isEntry(id, r.entry)));
      if (rows.length < 2) return m;
      const row = this.decide(m, rows, mentions.filter((o) => o.sentence === m.sentence), tokens, text);
      if (!row) return m;
      const keep = m.entryIds.map((id, k) => (isEntry(id, row.entry) ? k : -1)).filter((k) => k >= 0);
      return { ...m, payloads: keep.map((k) => m.payloads[k]!), entryIds: keep.map((k) => m.entryIds[k]!) };
    });
  }
}

/**
 * Checks that every row names a country or place of the tables and known country codes.
 *
 * @param sink - receives one error per unknown entry or code, with its file and line
 */
export function checkHomographs(t: DictionaryTables, sink: IssueSink): void {
  const ids = new Set([...t.countries.map((r) => r.id), ...t.places.map((r) => r.id)]);
  const codes = new Set(t.countries.map((r) => r.iso3));
  for (const r of t.homographs) {
    if (!ids.has(r.entry)) sink.error(r.file, r.line, `field "entry": unknown entry "${r.entry}" (expected an id of gazetteer/countries.tsv or gazetteer/places.tsv)`);
    for (const c of split(r.near)) if (!codes.has(c)) sink.error(r.file, r.line, `field "near": unknown country code "${c}" (expected an iso3 of gazetteer/countries.tsv)`);
  }
}
