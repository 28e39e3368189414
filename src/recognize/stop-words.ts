/**
 * Words that are never actors (`data/actors/stop-words.tsv`): function words and common words whose
 * matching form is also an actor's or a place's name once hamza seats are folded — «أمام» (in front
 * of) and «إمام» (imam) are both «امام» after normalization. A token of such a form is hidden from
 * the actor lexicon unless its spelling, as printed, is one of the row's `keeps` («إمام»); a bare
 * spelling that does not decide («امام») takes the common reading, which is by far the more frequent.
 */
import type { Token } from '../model/document.js';
import { type CliticSplit, cliticSplits } from '../text/arabic/clitics.js';
import { normalizeWord } from '../text/normalize.js';

/** One row of the stop list, as the matcher needs it. */
export interface StopWordRow { id: string; lang: string; word: string; keeps: readonly string[]; kind: string }

/** Kinds of content words, which take any proclitic; function words take only و ف. */
const CONTENT_KINDS = new Set(['noun', 'verb', 'participle', 'adjective']);

/** Harakat, Quranic marks, dagger alef and tatweel: dropped before spellings are compared. */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu;

/** A word as printed without its vowel marks and tatweel (hamza seats, ى and ة kept). */
export function printedSkeleton(s: string): string {
  return s.normalize('NFC').replace(MARKS, '');
}

/** A compiled stop list: normalized form → the spellings that keep their dictionary readings. */
export class StopWords {
  private readonly keeps = new Map<string, Set<string>>();
  /** Forms of content words (nouns, participles, adjectives, verbs), which take every proclitic. */
  private readonly content = new Set<string>();

  /** @param rows - the validated rows of one language */
  constructor(rows: readonly StopWordRow[]) {
    for (const r of rows) {
      const form = normalizeWord(r.word);
      let set = this.keeps.get(form);
      if (!set) this.keeps.set(form, (set = new Set()));
      for (const k of r.keeps) set.add(printedSkeleton(k));
      if (CONTENT_KINDS.has(r.kind)) this.content.add(form);
    }
  }

  /**
   * Whether a stop word takes these clitics: a function word or a two-letter word only the
   * conjunctions و ف and a pronoun («وأمامه»; «كاب» is not ك + آب, «سان» not س + أن), other words
   * any proclitics but the future marker («بالمفاوضات»).
   */
  private takes(s: CliticSplit): boolean {
    if (s.future) return false;
    if (this.content.has(s.stem) && s.stem.length > 2) return true;
    return /^[وف]?$/.test(s.pro);
  }

  get size(): number {
    return this.keeps.size;
  }

  /**
   * Whether a token is a stop word: its normalized form, after any proclitics and before any
   * pronoun («أمامه»), is a listed word, and its spelling as printed (after the same proclitics) is none of the
   * spellings the rows keep.
   *
   * @param token - a word token
   * @param text - the document's original text (the token's span is read from it)
   */
  blocks(token: Token, text: string): boolean {
    if (this.keeps.size === 0 || token.kind !== 'word') return false;
    const direct = this.keeps.get(token.norm);
    if (direct) return !direct.has(printedSkeleton(text.slice(token.start, token.end)));
    const s = this.stopSplit(token.norm);
    if (s === null) return false;
    const keep = this.keeps.get(s.stem) as Set<string>;
    // a kept spelling is the whole word («وان») or the word between its clitics («وإمامه»);
    // «للأمام»: ل + ال is written لل, so the stem is read from the end, before the pronoun
    const printed = printedSkeleton(text.slice(token.start, token.end));
    const stemEnd = printed.length - s.enc.length;
    return !keep.has(printed) && !keep.has(printed.slice(stemEnd - s.stem.length, stemEnd));
  }

  /** Per normalized form (forms repeat: most are looked up once), its first clitic split onto a stop word that takes those clitics. */
  private readonly splitMemo = new Map<string, CliticSplit | null>();

  private stopSplit(norm: string): CliticSplit | null {
    let s = this.splitMemo.get(norm);
    if (s === undefined) {
      if (this.splitMemo.size >= 100_000) this.splitMemo.clear();
      s = cliticSplits(norm).find((c) => this.keeps.has(c.stem) && this.takes(c)) ?? null;
      this.splitMemo.set(norm, s);
    }
    return s;
  }

  /**
   * The tokens with stop words hidden (their `norm` made unmatchable), for matching the actor
   * lexicon; other tokens are the same objects. Returns the input array when nothing is hidden.
   */
  hide(tokens: readonly Token[], text: string, from: number, to: number): readonly Token[] {
    let out: Token[] | null = null;
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (!this.blocks(t, text)) continue;
      out ??= [...tokens];
      out[i] = { ...t, norm: `\u0000${t.norm}` };
    }
    return out ?? tokens;
  }
}
