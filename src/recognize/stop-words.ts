/**
 * Words that are never actors (`data/actors/stop-words.tsv`): function words and common words whose
 * matching form is also an actor's or a place's name once hamza seats are folded — «أمام» (in front
 * of) and «إمام» (imam) are both «امام» after normalization. A token of such a form is hidden from
 * the actor lexicon unless its spelling, as printed, is one of the row's `keeps` («إمام»); a bare
 * spelling that does not decide («امام») takes the common reading, which is by far the more frequent.
 */
import type { Token } from '../model/document.js';
import { cliticSplits } from '../text/arabic/clitics.js';
import { normalizeWord } from '../text/normalize.js';

/** One row of the stop list, as the matcher needs it. */
export interface StopWordRow { id: string; lang: string; word: string; keeps: readonly string[] }

/** Harakat, Quranic marks, dagger alef and tatweel: dropped before spellings are compared. */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu;

/** A word as printed without its vowel marks and tatweel (hamza seats, ى and ة kept). */
export function printedSkeleton(s: string): string {
  return s.normalize('NFC').replace(MARKS, '');
}

/** A compiled stop list: normalized form → the spellings that keep their dictionary readings. */
export class StopWords {
  private readonly keeps = new Map<string, Set<string>>();

  /** @param rows - the validated rows of one language */
  constructor(rows: readonly StopWordRow[]) {
    for (const r of rows) {
      const form = normalizeWord(r.word);
      let set = this.keeps.get(form);
      if (!set) this.keeps.set(form, (set = new Set()));
      for (const k of r.keeps) set.add(printedSkeleton(k));
    }
  }

  get size(): number {
    return this.keeps.size;
  }

  /**
   * Whether a token is a stop word: its normalized form, after any proclitics and with no pronoun,
   * is a listed word, and its spelling as printed (after the same proclitics) is none of the
   * spellings the rows keep.
   *
   * @param token - a word token
   * @param text - the document's original text (the token's span is read from it)
   */
  blocks(token: Token, text: string): boolean {
    if (this.keeps.size === 0 || token.kind !== 'word') return false;
    const printed = printedSkeleton(text.slice(token.start, token.end));
    const direct = this.keeps.get(token.norm);
    if (direct) return !direct.has(printed);
    for (const s of cliticSplits(token.norm)) {
      if (s.pro === '' || s.enc !== '') continue;
      const keep = this.keeps.get(s.stem);
      // «للأمام»: ل + ال is written لل, the stem then starts one letter later in the spelling
      // a kept spelling is the whole word («وان») or the word after the proclitics («وإمام»)
      if (keep) return !keep.has(printed) && !keep.has(printed.slice(printed.length - s.stem.length));
    }
    return false;
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
