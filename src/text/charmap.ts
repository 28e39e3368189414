/**
 * Loads the reviewed character map `data/text/charmap.tsv` into a code point → replacement table.
 */
import { z } from 'zod';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { DataError } from '../errors.js';

const CP = /^U\+([0-9A-F]{4,6})$/;
const schema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case slug'),
  from: z.string().regex(/^U\+[0-9A-F]{4,6}(\.\.U\+[0-9A-F]{4,6})?$/, 'expected U+XXXX or U+XXXX..U+YYYY'),
  to: z.string().regex(/^(-|U\+[0-9A-F]{4,6}( U\+[0-9A-F]{4,6})*)$/, 'expected "-" or code points U+XXXX separated by spaces'),
  note: z.string(),
});

function codePoint(s: string): number {
  const m = CP.exec(s);
  if (!m?.[1]) throw new Error(`bad code point ${s}`);
  return parseInt(m[1], 16);
}

/**
 * Reads a char map file.
 *
 * @returns a map from code point to its replacement string ("" = delete). A range mapped to a single
 *   code point maps onto a range of the same length when the target is a digit zero (digit blocks),
 *   and onto that one code point otherwise.
 * @throws DataError naming file:line for a malformed row or a range whose end precedes its start
 */
export function loadCharMap(file = dataPath('text', 'charmap.tsv')): Map<number, string> {
  const table = new Map<number, string>();
  for (const row of readTsv(file, schema)) {
    const [a, b] = row.from.split('..');
    const lo = codePoint(a ?? '');
    const hi = b ? codePoint(b) : lo;
    if (hi < lo) throw new DataError(file, row.line, `field "from": range end precedes start (${row.from})`);
    const targets = row.to === '-' ? [] : row.to.split(' ').map(codePoint);
    const rangeToRange = hi > lo && targets.length === 1 && targets[0] === 0x30;
    for (let cp = lo; cp <= hi; cp++) {
      if (rangeToRange) table.set(cp, String.fromCodePoint(0x30 + (cp - lo)));
      else table.set(cp, String.fromCodePoint(...targets));
    }
  }
  return table;
}
