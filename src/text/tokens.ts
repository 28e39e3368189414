/**
 * Tokenization over normalized text: Arabic words, Latin words (with inner apostrophes, hyphens and
 * dotted abbreviations such as "u.s."; the possessive 's is a token of its own), numbers (with inner . , / : - between digits, so 3.5 and
 * 15/8/1436 stay whole), quotes, and single punctuation marks. Each token keeps its original span.
 */
import type { Token, TokenKind } from '../model/document.js';
import { type Normalized, originalSpan } from './normalize.js';

const TOKEN_RE = new RegExp(
  [
    '(?<abbr>(?:\\p{Script=Latin}\\.){2,})',
    '(?<num>\\d+(?:[.,:/\\-]\\d+)*%?)',
    "(?<lat>\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*(?:(?:['’](?!s\\b)|-)\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*)*)",
    "(?<poss>['’]s\\b)",
    '(?<word>[\\p{L}\\p{M}]+)',
    '(?<quote>["“”«»„‘’\'‹›])',
    '(?<punct>\\S)',
  ].join('|'),
  'gu',
);

/** Quote characters that open a quotation (the rest close one or are ambiguous). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '«', '„', '‘', '‹']);

/**
 * Splits normalized text into tokens.
 *
 * @param n - the output of `normalize`
 * @returns tokens in text order, each with its original span and normalized form
 * @example
 * tokenize(normalize('صباغ”،اليوم')).map(t => t.norm) // → ['صباغ', '”', '،', 'اليوم']
 */
export function tokenize(n: Normalized): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of n.text.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    const kind: TokenKind = g.num ? 'number' : g.quote ? 'quote' : g.punct || g.poss ? 'punct' : 'word';
    const nStart = m.index ?? 0;
    const nEnd = nStart + m[0].length;
    const span = originalSpan(n, nStart, nEnd);
    const gap = n.original.slice(prevEnd, span.start);
    tokens.push({
      index: tokens.length,
      start: span.start,
      end: span.end,
      norm: m[0],
      kind,
      lineStart: tokens.length === 0 || /[\n\r\u2028\u2029]/.test(gap),
      taMarbuta: /[\u0629\u06C3\uFE93\uFE94][\u064B-\u065F\u0670]*$/.test(n.original.slice(span.start, span.end)),
    });
    prevEnd = span.end;
  }
  return tokens;
}
