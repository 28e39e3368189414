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
const foldCache = new Map<number, string>();

/** The normalized form of one code point (cached). */
export function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
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
  foldCache.set(cp, out);
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
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const out = foldCodePoint(cp);
    if (out.length === 0) {
      if (ends.length > 0) ends[ends.length - 1] = i + width;
    } else {
      parts.push(out);
      for (let k = 0; k < out.length; k++) {
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { original, text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
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
