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
export function cliticSplits(word: string): CliticSplit[] {
  return knownSplits(word, () => true);
}

/**
 * The clitic splits of a word whose stem passes `known`, in the order of {@link cliticSplits};
 * only those are built, so a caller with a dictionary at hand allocates nothing for the many
 * splits no dictionary has.
 *
 * @param word - one normalized token
 * @param known - whether the stem `word[start, end)` is worth returning (typically: some
 *   dictionary has it); given as a range so that the caller can reject it without a substring
 */
export function knownSplits(word: string, known: (word: string, start: number, end: number) => boolean): CliticSplit[] {
  const out: CliticSplit[] = [];
  for (const p of PREFIX_TABLE) {
    const start = p.pro.length;
    if (word.length - start < MIN_STEM || !word.startsWith(p.pro)) continue;
    if (known(word, start, word.length)) out.push(split(p, word.slice(start), ''));
    // ل + ال before a noun in ل is written with two lams, not three: للجنة = ل + اللجنة
    if (p.article && p.pro.endsWith('لل') && known(word, start - 1, word.length)) out.push(split(p, word.slice(start - 1), ''));
    if (p.article) continue;
    for (const enc of ENCLITICS) {
      const end = word.length - enc.length;
      if (end - start < MIN_STEM || !word.endsWith(enc)) continue;
      if (known(word, start, end)) out.push(split(p, word.slice(start, end), enc));
      const restored = restoredStem(word, start, end);
      if (restored !== null && known(restored, 0, restored.length)) out.push(split(p, restored, enc));
    }
  }
  return out;
}

/**
 * The spelling a stem drops when a pronoun follows it (Wright I § 185, § 251): the final ى of a verb or
 * noun is written ا (التقاه, مستشفاه: stem التقي), the silent alef after the plural و falls
 * (قتلوه: stem قتلوا), and the 2nd person plural تم takes a و (قتلتموه: stem قتلتم).
 *
 * @returns the restored stem of `word[start, end)`, or null when it needs none
 */
function restoredStem(word: string, start: number, end: number): string | null {
  const length = end - start;
  const last = word.charCodeAt(end - 1);
  if (length >= MIN_STEM + 1 && last === 0x627) return word.slice(start, end - 1) + 'ي';
  if (last === 0x648 && length >= 3 && word.charCodeAt(end - 2) === 0x645 && word.charCodeAt(end - 3) === 0x62a) return word.slice(start, end - 1);
  if (length >= MIN_STEM + 1 && last === 0x648) return word.slice(start, end) + 'ا';
  return null;
}

function split(p: Prefix, stem: string, enc: string): CliticSplit {
  return { pro: p.pro, article: p.article, preposition: p.preposition, future: p.future, stem, enc };
}
