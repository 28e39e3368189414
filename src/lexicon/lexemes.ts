/**
 * Lexemes: the distinct word forms of the text, shared by every lexicon (spaCy's `Vocab` gives each
 * token a pointer to its `Lexeme` for the same reason). A form is hashed once per document rather
 * than once per lexicon, and segmented once rather than once per lexicon: of its clitic splits, only
 * those whose stem some lexicon has are kept, and each lexicon keeps its readings of the form on the
 * lexeme. Most forms are in no lexicon, and no lexicon then spends more than an array read on them.
 */
import type { Token } from '../model/document.js';
import { type CliticSplit, knownSplits } from '../text/arabic/clitics.js';
import type { FormReadings } from './lexicon.js';
import { StemFilter } from './stem-filter.js';

/** One distinct word form. */
export interface Lexeme {
  /** Normalized form. */
  readonly norm: string;
  /** The original ends in ta marbuta: a final ه is no pronoun. */
  readonly taMarbuta: boolean;
  /** The original ends in alef maqsura: a final ي is no pronoun. */
  readonly alefMaqsura: boolean;
  /** Whether some lexicon has the unsegmented form (as of `stemsVersion`). */
  direct: boolean;
  /** The clitic splits, other than the unsegmented one, whose stem some lexicon has. */
  splits: readonly CliticSplit[];
  /** The lexicons (bits by slot, see {@link lexiconBit}) that have the form or one of those stems. */
  readableBy: number;
  /** The version of the known stems that `direct`, `splits` and `readableBy` reflect. */
  stemsVersion: number;
  /** `readings[slot]`: the readings of this form by the lexicon with that slot (see {@link lexiconSlot}). */
  readings: Array<FormReadings | undefined> | null;
  /**
   * Bit `slot` set: the form begins no phrase of that lexicon (kept apart from `readings` so that the
   * search for phrases, which starts at every token, mostly reads no more than this field).
   */
  beginsNothing: number;
}

/**
 * Every form any lexicon can read, with the lexicons that can (bits by slot); it only grows, and
 * each growth bumps the version.
 */
const knownStems = new Map<string, number>();
/** The same stems in a Bloom filter, which rules out nearly all of a new form's unknown stems cheaply. */
const stemFilter = new StemFilter();
let stemsVersion = 0;
let slots = 0;
/** Lexicons past this many get no bit: a process that compiles that many (a test run) looks them up. */
const MASKED_SLOTS = 31;

/** Forms seen so far; bounded, since news text keeps bringing new names. */
const vocabulary = new Map<string, Lexeme>();
const VOCABULARY_LIMIT = 200_000;

/** Each token array's lexemes, filled lazily, and the version of the known stems they reflect. */
const byTokens = new WeakMap<readonly Token[], TokenLexemes & { stemsVersion: number }>();

/** A fresh slot for a new lexicon's readings on every lexeme. */
export function lexiconSlot(): number {
  return slots++;
}

/** A lexicon's bit in the masks of lexemes ({@link Lexeme.readableBy}, {@link Lexeme.beginsNothing}); 0 for none. */
export function lexiconBit(slot: number): number {
  return slot < MASKED_SLOTS ? 1 << slot : 0;
}

/** Records a surface form the lexicon with this slot can read (a stem the clitic splits must keep). */
export function registerStem(form: string, slot: number): void {
  const bits = knownStems.get(form);
  if (bits !== undefined && (bits & lexiconBit(slot)) === lexiconBit(slot)) return;
  knownStems.set(form, (bits ?? 0) | lexiconBit(slot));
  stemFilter.add(form);
  stemsVersion++;
}

/** The lexemes of a document's tokens. */
export interface TokenLexemes {
  /** By token index: the lexeme, null for a quotation mark, undefined if not looked up yet. */
  readonly lexemes: Array<Lexeme | null | undefined>;
  /**
   * By token index: lexicons known to find no phrase starting there (bits as in
   * {@link Lexeme.beginsNothing}, all set for a quotation mark). Copied from the lexeme
   * when it is looked up and completed as lexicons learn more, so that the search, which starts at
   * every token of every sentence for every lexicon, mostly reads this array in order rather than
   * each token's lexeme.
   */
  readonly beginsNothing: Int32Array;
}

/**
 * The lexemes of a token array, looked up for `[from, to)` if not yet; every lexicon reading the
 * same array (a document's tokens) shares them. The array is remembered (weakly) by identity, so it
 * must not change once matched; a lexicon compiled since starts the look-ups afresh.
 */
export function lexemesOf(tokens: readonly Token[], from: number, to: number): TokenLexemes {
  let known = byTokens.get(tokens);
  if (!known || known.stemsVersion !== stemsVersion) {
    known = { lexemes: new Array<Lexeme | null | undefined>(tokens.length), beginsNothing: new Int32Array(tokens.length), stemsVersion };
    byTokens.set(tokens, known);
  }
  const { lexemes, beginsNothing } = known;
  for (let i = from; i < to; i++) {
    if (lexemes[i] !== undefined) continue;
    const lexeme = lexemeOf(tokens[i] as Token);
    lexemes[i] = lexeme;
    // a lexicon that has none of the form's stems begins nothing there either
    beginsNothing[i] = lexeme && segment(lexeme) ? lexeme.beginsNothing | ~lexeme.readableBy : -1;
  }
  return known;
}

/**
 * The lexeme of one token, or null for a quotation mark (which no phrase is written with); a
 * punctuation mark or a number has one, since a phrase may contain it («St. Lucia», «إم آي 6»).
 */
export function lexemeOf(token: Token): Lexeme | null {
  if (token.kind === 'quote') return null;
  const key = `${token.norm}${token.taMarbuta ? '\u0001' : ''}${token.alefMaqsura ? '\u0002' : ''}`;
  let lexeme = vocabulary.get(key);
  if (!lexeme) {
    if (vocabulary.size >= VOCABULARY_LIMIT) vocabulary.clear();
    lexeme = { norm: token.norm, taMarbuta: token.taMarbuta, alefMaqsura: token.alefMaqsura, direct: false, splits: NO_SPLITS, readableBy: 0, stemsVersion: -1, readings: null, beginsNothing: 0 };
    vocabulary.set(key, lexeme);
  }
  return lexeme;
}

const NO_SPLITS: readonly CliticSplit[] = Object.freeze([]);
const ARABIC = /[\u0600-\u06ff]/;
const isKnown = (word: string, start: number, end: number): boolean => stemFilter.mayHave(word, start, end) && knownStems.has(word.slice(start, end));

/**
 * Brings a lexeme's segmentation up to date with the known stems.
 *
 * @returns false when no lexicon can read the form at all
 */
export function segment(lexeme: Lexeme): boolean {
  if (lexeme.stemsVersion !== stemsVersion) {
    const direct = knownStems.get(lexeme.norm);
    const splits = ARABIC.test(lexeme.norm) ? knownSplits(lexeme.norm, isKnown).filter((s) => possible(lexeme, s)) : [];
    lexeme.direct = direct !== undefined;
    lexeme.splits = splits.length > 0 ? splits : NO_SPLITS;
    lexeme.readableBy = splits.reduce((by, s) => by | (knownStems.get(s.stem) ?? 0), direct ?? 0);
    lexeme.stemsVersion = stemsVersion;
  }
  return lexeme.direct || lexeme.splits.length > 0;
}

/** The unsegmented split is the direct reading; a final ه of ta marbuta or ي of alef maqsura is no pronoun. */
function possible(lexeme: Lexeme, split: CliticSplit): boolean {
  if (split.pro === '' && split.enc === '') return false;
  if (split.enc === 'ه' && lexeme.taMarbuta) return false;
  return !(split.enc === 'ي' && lexeme.alefMaqsura);
}
