/**
 * Arabic clitic segmentation over normalized words.
 *
 * Proclitics: conjunction و ف, then a preposition ب ل ك or the future marker س, then the article ال
 * (ل + ال is written لل, and before a noun in ل only لل: للجنة). Enclitics (pronouns): ه ها هما هم هن
 * ك كما كم كن ي ني نا; before one, a final ى is written ا and the plural و loses its alef (التقاه،
 * قتلوه), and the stem is given back as the lexicon spells it. An article excludes an enclitic and
 * the future marker. Every split whose stem keeps at least two letters is
 * returned; the lexicon decides which stems are words (Buckwalter's analyser works the same way:
 * enumerate prefix-stem-suffix splits, keep those the lexicon licenses).
 */

/** One way to read a normalized word as proclitics + stem + enclitic. */
export interface CliticSplit {
  /** Proclitic letters as written, e.g. "وبال", "لل", "". */
  pro: string;
  stem: string;
  /** Enclitic pronoun as written, e.g. "ها", "". */
  enc: string;
  /** True when the proclitics include the article. */
  article: boolean;
  /** True when the proclitics include a preposition (ب ل ك). */
  preposition: boolean;
  /** True when the proclitics include the future marker س. */
  future: boolean;
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREFIXES = ['', 'ب', 'ل', 'ك', 'س'];
/** Enclitic pronouns, longest first. */
export const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'ني', 'نا', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;

interface Prefix { pro: string; article: boolean; preposition: boolean; future: boolean }

function buildPrefixes(): Prefix[] {
  const out: Prefix[] = [];
  for (const c of CONJUNCTIONS) {
    for (const p of PREFIXES) {
      for (const art of [false, true]) {
        if (art && p === 'س') continue;
        const pro = c + (p === 'ل' && art ? 'لل' : p + (art ? 'ال' : ''));
        out.push({ pro, article: art, preposition: p !== '' && p !== 'س', future: p === 'س' });
      }
    }
  }
  return out;
}

const PREFIX_TABLE = buildPrefixes();
const PROCLITIC_RUNS: ReadonlySet<string> = new Set(PREFIX_TABLE.map((p) => p.pro).filter((pro) => pro !== ''));

/** True when `s` is a run of proclitics and nothing else (و، بال، ولل، فس). */
export function isProcliticRun(s: string): boolean {
  return PROCLITIC_RUNS.has(s);
}

/**
 * Every clitic split of a normalized Arabic word, the unsegmented reading first.
 *
 * @param word - one normalized token (see `normalize`)
 * @returns splits with a stem of at least two letters
 * @example
 * cliticSplits('وبالعراق').some(s => s.pro === 'وبال' && s.stem === 'عراق') // → true
 */
export function cliticSplits(word: string): readonly CliticSplit[] {
  const cached = memo.get(word);
  if (cached) return cached;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const out = computeSplits(word);
  memo.set(word, out);
  return out;
}

/** Splits are computed once per distinct word form (every lexicon reads every token). */
const memo = new Map<string, readonly CliticSplit[]>();
const MEMO_LIMIT = 200_000;

function computeSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  for (const p of PREFIX_TABLE) {
    if (!word.startsWith(p.pro)) continue;
    const rest = word.slice(p.pro.length);
    if (rest.length < MIN_STEM) continue;
    out.push({ ...p, stem: rest, enc: '' });
    // ل + ال before a noun in ل is written with two lams, not three: للجنة = ل + اللجنة
    if (p.article && p.pro.endsWith('لل')) out.push({ ...p, stem: `ل${rest}`, enc: '' });
    if (p.article) continue;
    for (const enc of ENCLITICS) {
      if (rest.length - enc.length < MIN_STEM || !rest.endsWith(enc)) continue;
      const stem = rest.slice(0, rest.length - enc.length);
      out.push({ ...p, stem, enc });
      for (const restored of restoredStems(stem)) out.push({ ...p, stem: restored, enc });
    }
  }
  return out;
}

/**
 * Spellings a stem drops when a pronoun follows it (Wright I § 185, § 251): the final ى of a verb or
 * noun is written ا (التقاه, مستشفاه: stem التقي), the silent alef after the plural و falls
 * (قتلوه: stem قتلوا), and the 2nd person plural تم takes a و (قتلتموه: stem قتلتم).
 */
function restoredStems(stem: string): string[] {
  if (stem.length >= MIN_STEM + 1 && stem.endsWith('ا')) return [stem.slice(0, -1) + 'ي'];
  if (stem.endsWith('تمو')) return [stem.slice(0, -1)];
  if (stem.length >= MIN_STEM + 1 && stem.endsWith('و')) return [stem + 'ا'];
  return [];
}
