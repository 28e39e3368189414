/**
 * Tokenization over normalized text: web and e-mail addresses, Arabic words, Latin words (with inner
 * apostrophes, hyphens and dotted abbreviations such as "u.s.", "f-16"; the possessive 's is a token
 * of its own), numbers (with inner . , / : - between digits, so 3.5 and 15/8/1436 stay whole), quotes,
 * and single punctuation marks. Each token keeps its original span.
 */
import type { Token, TokenKind } from '../model/document.js';
import { isProcliticRun } from './arabic/clitics.js';
import type { Normalized } from './normalize.js';

/**
 * Web addresses, e-mail addresses and bare domains: one token, so their dots end no sentence. The
 * parts before `@` and between dots are bounded (64 and 63 characters, RFC 5321 § 4.5.3.1 and
 * RFC 1035 § 2.3.4), so that a long run of dots, dashes or underscores costs a bounded try at
 * each position, not a scan to its end.
 */
const URL_RE = [
  '(?:https?://|www\\.)[^\\s"“”«»<>]*[^\\s"“”«»<>.,;:!?،؛؟)\\]]',
  '[a-z\\d][a-z\\d._%+-]{0,63}@[a-z\\d][a-z\\d-]{0,62}(?:\\.[a-z\\d][a-z\\d-]{0,62}){1,8}',
  '[a-z\\d][a-z\\d-]{0,62}(?:\\.[a-z\\d][a-z\\d-]{0,62}){0,8}\\.(?:com|net|org|gov|edu|int|info|news|tv)(?:\\.[a-z]{2})?\\b(?:/[^\\s"“”«»<>]*[^\\s"“”«»<>.,;:!?،؛؟)\\]])?',
].join('|');

/** The alternatives of a token, in order of preference, with the kind each yields. */
const ALTERNATIVES: ReadonlyArray<readonly [TokenKind, string]> = [
  ['word', `(?:${URL_RE})`],
  ['word', '(?:\\p{Script=Latin}\\.){2,}'], // a dotted abbreviation: u.s.
  ['number', '\\d+(?:[.,:/\\-]\\d+)*%?'],
  ['word', "\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*(?:['’](?!s\\b)\\p{Script=Latin}[\\p{Script=Latin}\\p{M}\\d]*|-[\\p{Script=Latin}\\d][\\p{Script=Latin}\\p{M}\\d]*)*"],
  ['punct', "['’]s\\b"], // the possessive 's
  ['word', '[\\p{L}\\p{M}]+'],
  ['quote', '["“”«»„‘’\'‹›]'],
  ['punct', '\\S'],
];
/** One capturing group per alternative: group `k + 1` matched means `ALTERNATIVES[k]`. */
const TOKEN_RE = new RegExp(ALTERNATIVES.map(([, pattern]) => `(${pattern})`).join('|'), 'gu');

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
  const { original, text } = n;
  let prevEnd = 0;
  let prevFrom = 0;
  for (let i = 0; i < text.length;) {
    const c = unitClass(text.charCodeAt(i));
    if (c === SPACE) {
      i++;
      continue;
    }
    // most tokens are words that can only be TOKEN_RE's word alternative: read those directly
    let from = i;
    let to = c === WORD_START ? wordEnd(text, i) : -1;
    let kind: TokenKind = 'word';
    if (to < 0) {
      TOKEN_RE.lastIndex = i;
      const m = TOKEN_RE.exec(text);
      if (!m) break;
      let k = 1;
      while (m[k] === undefined) k++;
      from = m.index;
      to = from + m[0].length;
      kind = (ALTERNATIVES[k - 1] as readonly [TokenKind, string])[0];
    }
    const start = n.starts[from] as number;
    const end = n.ends[to - 1] as number;
    const last = tokens[tokens.length - 1];
    if (last !== undefined && start < prevEnd) {
      // one original character folded into several (ﷺ, ½): its pieces stay one token
      last.norm = text.slice(prevFrom, to);
      if (end > last.end) last.end = end;
      prevEnd = last.end;
      i = to;
      continue;
    }
    prevFrom = from;
    tokens.push({
      index: tokens.length,
      start,
      end,
      norm: text.slice(from, to),
      kind,
      lineStart: tokens.length === 0 || hasLineBreak(original, prevEnd, start),
      taMarbuta: endsWithLetter(original, start, end, TA_MARBUTA),
      alefMaqsura: endsWithLetter(original, start, end, ALEF_MAQSURA),
    });
    prevEnd = end;
    i = to;
  }
  return joinDetachedClitics(dropRepeats(tokens, original), n);
}

/** Classes of UTF-16 units for {@link wordEnd}; each unit is classed by the regexes below on first sight. */
const SPACE = 1;
/** A letter or mark of no Latin script: it can begin only the word alternative, `[\p{L}\p{M}]+`. */
const WORD_START = 2;
/** A Latin letter: it continues a word but begins one of the Latin alternatives. */
const LATIN_LETTER = 3;
const OTHER = 4;
/** A surrogate: its code point is unknown here, so the regex decides. */
const SURROGATE = 5;
const unitClasses = new Uint8Array(0x10000);

function unitClass(u: number): number {
  let c = unitClasses[u] as number;
  if (c !== 0) return c;
  const ch = String.fromCharCode(u);
  if (u >= 0xd800 && u <= 0xdfff) c = SURROGATE;
  else if (/\s/u.test(ch)) c = SPACE;
  else if (!/[\p{L}\p{M}]/u.test(ch)) c = OTHER;
  else c = /\p{Script=Latin}/u.test(ch) ? LATIN_LETTER : WORD_START;
  unitClasses[u] = c;
  return c;
}

/**
 * The end of the word alternative's match at `i` (a {@link WORD_START} unit): the run of letters and
 * marks that follows; -1 when a surrogate leaves it to the regex.
 */
function wordEnd(text: string, i: number): number {
  let e = i + 1;
  for (; e < text.length; e++) {
    const c = unitClass(text.charCodeAt(e));
    if (c === SURROGATE) return -1;
    if (c !== WORD_START && c !== LATIN_LETTER) break;
  }
  return e;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

const TA_MARBUTA = [0x0629, 0x06c3, 0xfe93, 0xfe94];
const ALEF_MAQSURA = [0x0649, 0xfeef, 0xfef0];

/** True when `text[start, end)` ends in one of `letters` followed only by harakat (U+064B–U+065F, U+0670). */
function endsWithLetter(text: string, start: number, end: number, letters: readonly number[]): boolean {
  let i = end - 1;
  for (let c = text.charCodeAt(i); i >= start && ((c >= 0x064b && c <= 0x065f) || c === 0x0670); c = text.charCodeAt(i)) i--;
  return i >= start && letters.includes(text.charCodeAt(i));
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
      // the tokens are this call's own: changed in place, they keep the one shape every token has
      Object.assign(next, { start: t.start, norm: t.norm + next.norm, lineStart: t.lineStart });
      continue;
    }
    if (t.kind === 'word' && DETACHED_ENCLITICS.has(t.norm) && prev?.kind === 'word' && ARABIC.test(prev.norm) && !t.lineStart
      && prev.norm.length >= 3 && !/[\s]{2,}/.test(n.original.slice(prev.end, t.start))) {
      Object.assign(prev, { end: t.end, norm: prev.norm + t.norm, taMarbuta: false, alefMaqsura: false });
      continue;
    }
    out.push(t);
  }
  out.forEach((t, index) => {
    t.index = index;
  });
  return out;
}

/** Drops a word repeated at once by a scraping artefact («رفضهما رفضهما»). */
function dropRepeats(tokens: Token[], original: string): Token[] {
  return tokens.filter((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || t.kind !== 'word' || prev.kind !== 'word' || t.lineStart || t.norm.length <= 3 || t.norm !== prev.norm) return true;
    return original.slice(t.start, t.end) !== original.slice(prev.start, prev.end);
  });
}
