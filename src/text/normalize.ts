/**
 * Matching normalization with an offset map back to the original text (DESIGN §6).
 *
 * A letter followed by a combining mark it composes with (و + U+0654 → ؤ, ا + U+0653 → آ, e + U+0301
 * → é: decomposed input, as some keyboards and PDF extractions produce) is first composed (Unicode
 * NFC, canonical composition), so that it folds like the precomposed letter. Each code point is then
 * folded with Unicode NFKC, then through the reviewed char map (`data/text/charmap.tsv`), then
 * lower-cased. Every character of the normalized string records the original span `[start, end)`
 * (UTF-16 code units) of the code point(s) it came from; deleted marks (harakat, tatweel, bidi
 * controls) are attached to the span of the character before them.
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
    let cp = original.codePointAt(i) ?? 0;
    let width = cp > 0xffff ? 2 : 1;
    if (composes(original.charCodeAt(i + width))) [cp, width] = composedAt(original, i);
    const out = foldCodePoint(cp);
    // a composed letter (base + mark) never copies as it is: its folded form replaces both units
    const plain = out.length === width && out.codePointAt(0) === cp && (width === 1 || cp > 0xffff);
    if (!plain) {
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

  /** A deleted mark joins the span of the character before it: all of that character's units reach over it. */
  extendLast(end: number): void {
    const last = this.length - 1;
    for (let k = last; k >= 0 && this.starts[k] === this.starts[last]; k--) this.ends[k] = end;
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
  let i = 0;
  while (i < s.length) {
    const [cp, width] = composedAt(s, i);
    out += foldCodePoint(cp);
    i += width;
  }
  return out;
}

/**
 * Combining marks that compose with a preceding letter under NFC: Latin/Greek/Cyrillic diacritics
 * (U+0300–U+036F), Arabic madda and hamza above/below (U+0653–U+0655), kana voicing marks.
 */
function composes(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x653 && cp <= 0x655) || cp === 0x3099 || cp === 0x309a;
}

/**
 * The code point at `i`, composed with the combining marks after it when NFC makes one code point
 * of them, and the number of UTF-16 units it covers.
 */
function composedAt(s: string, i: number): [cp: number, width: number] {
  let cp = s.codePointAt(i) ?? 0;
  let width = cp > 0xffff ? 2 : 1;
  for (;;) {
    const next = s.charCodeAt(i + width);
    if (!composes(next)) return [cp, width];
    const joined = (String.fromCodePoint(cp) + String.fromCharCode(next)).normalize('NFC');
    const composed = joined.codePointAt(0) ?? 0;
    if (joined.length !== (composed > 0xffff ? 2 : 1)) return [cp, width];
    cp = composed;
    width += 1;
  }
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
