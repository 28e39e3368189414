/**
 * A Bloom filter over the stems the lexicons know (Bloom, "Space/time trade-offs in hash coding with
 * allowable errors", CACM 13(7), 1970): segmenting a new word form asks for a dozen candidate stems,
 * nearly all unknown, and the filter answers "certainly not" from a 32 KB table without cutting the
 * substring or probing the stem map. Two bit positions per stem come from one 32-bit FNV-1a hash of
 * its UTF-16 units; with ~20,000 stems in 2^18 bits about 2% of unknown stems get through.
 */

const BITS = 1 << 18;
const MASK = BITS - 1;

/** A stem filter; add stems, then ask about ranges of words. */
export class StemFilter {
  private readonly words = new Int32Array(BITS >>> 5);

  /** Adds a stem. */
  add(stem: string): void {
    const h = fnv1a(stem, 0, stem.length);
    this.set(h & MASK);
    this.set(second(h));
  }

  /** False when `text[start, end)` was certainly never added; true when it may have been. */
  mayHave(text: string, start: number, end: number): boolean {
    const h = fnv1a(text, start, end);
    return this.get(h & MASK) && this.get(second(h));
  }

  private set(bit: number): void {
    (this.words[bit >>> 5] as number) |= 1 << (bit & 31);
  }

  private get(bit: number): boolean {
    return ((this.words[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** FNV-1a, 32 bits, over UTF-16 code units (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/). */
function fnv1a(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A second position from the same hash, mixed (a multiply-xorshift step) so that it is not the first one shifted. */
function second(h: number): number {
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 14) & MASK;
}
