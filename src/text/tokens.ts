/**
 * Tokenization over normalized text: web and e-mail addresses, Arabic words, Latin words (with inner
 * apostrophes, hyphens and dotted abbreviations such as "u.s.", "f-16"; the possessive 's is a token
 * of its own), numbers (with inner . , / : - between digits, so 3.5 and 15/8/1436 stay whole), quotes,
 * and single punctuation marks. Each token keeps its original span.
 */
import type { Token, TokenKind } from '../model/document.js';
import { isProcliticRun } from './arabic/clitics.js';
import { type Normalized, originalSpan } from './normalize.js';

/** Web addresses, e-mail addresses and bare domains: one token, so their dots end no sentence. */
const URL_RE = [
  '(?:https?://|www\\.)[^\\s"“”«»<>]*[^\\s"“”«»<>.,;:!?،؛؟)\\]]',
  '[a-z\\d._%+-]+@[a-z\\d-]+(?:\\.[a-z\\d-]+)+',
  '[a-z\\d-]+(?:\\.[a-z\\d-]+)*\\.(?:com|net|org|gov|edu|int|info|news|tv)(?:\\.[a-z]{2})?\\b(?:/[^\\s"“”«»<>]*[^\\s"“”«»<>.,;:!?،؛؟)\\]])?',
].join('|');

const TOKEN_RE = new RegExp(
  [
    `(?<url>${URL_RE})`,
    '(?<abbr>(?:\\p{Script=Latin}\\.){2,})',
    '(?<num>\\d+(?:[.,:/\\-]\\d+)*%?)',
    "(?<lat>\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*(?:['’](?!s\\b)\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*|-[\\p{Script=Latin}\\d][\\p{Script=Latin}\\p{M}\\d]*)*)",
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
 * Splits normalized text into tokens; detached clitics are rejoined and immediate repeats dropped.
 * Tokens never overlap: the pieces of one original character that normalization expands (ﷺ → four
 * words, ½ → 1⁄2) stay in one token.
 *
 * @param n - the output of `normalize`
 * @returns tokens in text order, each with its original span and normalized form
 * @example
 * tokenize(normalize('صباغ”،اليوم')).map(t => t.norm) // → ['صباغ', '”', '،', 'اليوم']
 */
export function tokenize(n: Normalized): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevNStart = 0;
  for (const m of n.text.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    const kind: TokenKind = g.num ? 'number' : g.quote ? 'quote' : g.punct || g.poss ? 'punct' : 'word';
    const nStart = m.index ?? 0;
    const nEnd = nStart + m[0].length;
    const span = originalSpan(n, nStart, nEnd);
    const last = tokens[tokens.length - 1];
    if (last && span.start < prevEnd) {
      // one original character folded into several (ﷺ, ½): its pieces stay one token
      last.norm = n.text.slice(prevNStart, nEnd);
      last.end = Math.max(last.end, span.end);
      prevEnd = last.end;
      continue;
    }
    prevNStart = nStart;
    const gap = n.original.slice(prevEnd, span.start);
    tokens.push({
      index: tokens.length,
      start: span.start,
      end: span.end,
      norm: m[0],
      kind,
      lineStart: tokens.length === 0 || /[\n\r\u2028\u2029]/.test(gap),
      taMarbuta: /[\u0629\u06C3\uFE93\uFE94][\u064B-\u065F\u0670]*$/.test(n.original.slice(span.start, span.end)),
      alefMaqsura: /[\u0649\uFEEF\uFEF0][\u064B-\u065F\u0670]*$/.test(n.original.slice(span.start, span.end)),
    });
    prevEnd = span.end;
  }
  return joinDetachedClitics(dropRepeats(tokens, n.original), n);
}

const DETACHED_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** A word that ends in tatweel: the writer marks it as joined to what follows (وللـ، الـ، بـ). */
const JOINING_TATWEEL = /\u0640[\u064B-\u065F\u0670]*$/;
/** Only pronouns that never stand alone: هم، هما، هن are also independent pronouns, كما and كم are words. */
const DETACHED_ENCLITICS = new Set(['ه', 'ها']);
const ARABIC = /^[\u0621-\u064A]/;

/**
 * Rejoins clitics that the text writes apart («ب وقف» → بوقف, «ل متأخرات ها» → لمتأخراتها), as
 * some scraped or OCR'd Arabic does: a lone proclitic letter, or a run of proclitics the writer ends
 * with tatweel («وللـ مملكة»), joins the Arabic word after it, a lone pronoun the word before it. The joined token spans both pieces of the original.
 */
function joinDetachedClitics(tokens: Token[], n: Normalized): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = out[out.length - 1];
    const proclitic = DETACHED_PROCLITICS.has(t.norm) || (isProcliticRun(t.norm) && JOINING_TATWEEL.test(n.original.slice(t.start, t.end)));
    if (t.kind === 'word' && proclitic && next?.kind === 'word' && ARABIC.test(next.norm) && !next.lineStart) {
      tokens[i + 1] = { ...next, start: t.start, norm: t.norm + next.norm, lineStart: t.lineStart };
      continue;
    }
    if (t.kind === 'word' && DETACHED_ENCLITICS.has(t.norm) && prev?.kind === 'word' && ARABIC.test(prev.norm) && !t.lineStart
      && prev.norm.length >= 3 && !/[\s]{2,}/.test(n.original.slice(prev.end, t.start))) {
      out[out.length - 1] = { ...prev, end: t.end, norm: prev.norm + t.norm, taMarbuta: false, alefMaqsura: false };
      continue;
    }
    out.push(t);
  }
  return out.map((t, index) => ({ ...t, index }));
}

/** Drops a word repeated at once by a scraping artefact («رفضهما رفضهما»). */
function dropRepeats(tokens: Token[], original: string): Token[] {
  return tokens.filter((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || t.kind !== 'word' || prev.kind !== 'word' || t.lineStart || t.norm.length <= 3 || t.norm !== prev.norm) return true;
    return original.slice(t.start, t.end) !== original.slice(prev.start, prev.end);
  });
}
