/**
 * Matching normalization with an offset map back to the original text (DESIGN §6).
 *
 * Each original code point is folded with Unicode NFKC, then through the reviewed char map
 * (`data/text/charmap.tsv`), then lower-cased. Every character of the normalized string records the
 * original span `[start, end)` (UTF-16 code units) of the code point it came from; deleted marks
 * (harakat, tatweel, bidi controls) are attached to the span of the character before them.
 */
import { loadCharMap } from './charmap.js';

/** A normalized string and, per normalized UTF-16 unit, the original span it came from. */
export interface Normalized {
  /** The original text. */
  original: string;
  /** The normalized text. */
  text: string;
  /** `starts[i]`: original offset where normalized unit `i` begins. */
  starts: Int32Array;
  /** `ends[i]`: original offset where normalized unit `i` ends (exclusive). */
  ends: Int32Array;
}

let charMap: Map<number, string> | null = null;
/**
 * Folded forms of the Basic Multilingual Plane, by code point (filled as characters are seen).
 * Allocated at full length: filling an empty array at scattered indices would turn it into a
 * hash table.
 */
const foldBmp: Array<string | undefined> = new Array<string | undefined>(0x10000).fill(undefined);
/** Folded forms of the other planes. */
const foldAstral = new Map<number, string>();

/** The normalized form of one code point (cached). */
export function foldCodePoint(cp: number): string {
  const cached = cp <= 0xffff ? foldBmp[cp] : foldAstral.get(cp);
  if (cached !== undefined) return cached;
  charMap ??= loadCharMap();
  const direct = charMap.get(cp);
  let out: string;
  if (direct !== undefined) out = direct;
  else {
    out = '';
    for (const ch of String.fromCodePoint(cp).normalize('NFKC')) {
      const mapped = charMap.get(ch.codePointAt(0) ?? 0);
      out += mapped ?? ch;
    }
    out = out.toLowerCase();
  }
  if (cp <= 0xffff) foldBmp[cp] = out;
  else foldAstral.set(cp, out);
  return out;
}

/**
 * Normalizes text for matching, keeping the offset map.
 *
 * @param original - any string (lone surrogates are kept as they are)
 * @returns the normalized text with per-unit original spans
 * @example
 * normalize('أدانَ').text // → 'ادان'
 */
export function normalize(original: string): Normalized {
  const parts: string[] = [];
  const map = new OffsetMap(original.length);
  /** Start of the run of characters that fold to themselves, copied from the original at once. */
  let same = 0;
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out.length !== width || out.codePointAt(0) !== cp) {
      if (same < i) parts.push(original.slice(same, i));
      if (out.length > 0) parts.push(out);
      same = i + width;
    }
    if (out.length === 0) map.extendLast(i + width);
    else map.push(out.length, i, i + width);
    i += width;
  }
  if (same < i) parts.push(original.slice(same, i));
  return { original, text: parts.join(''), starts: map.starts.slice(0, map.length), ends: map.ends.slice(0, map.length) };
}

/** The growing per-unit spans of {@link normalize}. */
class OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity + 16);
    this.ends = new Int32Array(capacity + 16);
  }

  /** Records `units` normalized units that all come from the original span `[start, end)`. */
  push(units: number, start: number, end: number): void {
    if (this.length + units > this.starts.length) this.grow(this.length + units);
    for (let k = 0; k < units; k++) {
      this.starts[this.length] = start;
      this.ends[this.length++] = end;
    }
  }

  /** A deleted mark: the last normalized unit's span reaches over it. */
  extendLast(end: number): void {
    if (this.length > 0) this.ends[this.length - 1] = end;
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** Normalizes a short string (a dictionary word) without keeping offsets. */
export function normalizeWord(s: string): string {
  let out = '';
  for (const ch of s) out += foldCodePoint(ch.codePointAt(0) ?? 0);
  return out;
}

/**
 * Maps a normalized range `[nStart, nEnd)` back to the original text.
 *
 * @returns the original span covering every character the range came from; an empty range maps to
 *   an empty span at the original position of `nStart`
 */
export function originalSpan(n: Normalized, nStart: number, nEnd: number): { start: number; end: number } {
  if (nEnd <= nStart) {
    const at = nStart < n.starts.length ? (n.starts[nStart] ?? 0) : n.original.length;
    return { start: at, end: at };
  }
  return { start: n.starts[nStart] ?? 0, end: n.ends[nEnd - 1] ?? n.original.length };
}
