/**
 * Sentence segmentation over tokens: a sentence ends at . ! ? ؟ … or a line break, never after a
 * prefix abbreviation (د. Gen.) or a one-letter initial, after a suffix abbreviation (إلخ. 1436 هـ.
 * U.S.) only when a sentence start follows (see `abbreviations.ts`), never inside a quotation that
 * goes on on the same line (numbers such as 3.5 and dates such as 15/8/1436 are single tokens
 * already). A run-on text with no full stop is split at a comma after 120 tokens and cut at 250,
 * which bounds the work per sentence on any input. A headline or dateline is its own sentence,
 * marked `dateline` (see `markDatelines`).
 */
import type { Sentence, Token } from '../model/document.js';
import { dottedAbbreviationEnds, stopEndsSentence } from './abbreviations.js';
import { OPENING_QUOTES } from './tokens.js';

const TERMINALS = new Set(['.', '!', '?', '؟', '…', '۔']);
const CLOSING_QUOTES = new Set(['”', '»', '’', '›', '"', "'"]);
/** A run-on "sentence" longer than this is split at its next comma or semicolon… */
const SOFT_MAX_TOKENS = 120;
/** …and cut here at the latest, so that no stage ever works on an unbounded sentence. */
const HARD_MAX_TOKENS = 250;
const SOFT_BREAKS = new Set(['،', ',', '؛', ';', ':']);
const ARABIC_WORD = /^[\u0600-\u06ff]/;

/** True when token `i` closes the sentence it is in. */
function endsSentence(tokens: Token[], i: number, quoteDepth: number, text: string | undefined): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t) return false;
  if (!TERMINALS.has(t.norm)) return t.norm.length > 3 && t.norm.endsWith('.') && dottedAbbreviationEnds(tokens, i, text);
  if (t.norm === '.' && !stopEndsSentence(tokens, i, text)) return false;
  if (next && TERMINALS.has(next.norm)) return false;
  if (quoteDepth > 0 && next && !next.lineStart) return false;
  return true;
}

/**
 * Whether the closing quote at `i`, after a quotation whose last sentence ended inside it («…بقوة.»,
 * "…respond."), also ends the sentence: a line break, the end of the text, an Arabic word, or (with
 * the original text) a capitalized Latin word follows.
 */
function quotationEndsSentence(tokens: Token[], i: number, text: string | undefined): boolean {
  const prev = tokens[i - 1];
  if (!prev || !TERMINALS.has(prev.norm) || !stopEndsSentence(tokens, i - 1, text)) return false;
  const next = tokens[i + 1];
  if (!next || next.lineStart) return true;
  if (next.kind !== 'word') return false;
  return ARABIC_WORD.test(next.norm) || (text !== undefined && /^\p{Lu}/u.test(text.slice(next.start, next.end)));
}

/**
 * For each token, whether a quote mark that can close a quotation follows it on the same line: an
 * opening quote without one («… هي "كولومبيا، السودان … مشكلات.») opens nothing, so that a stray
 * mark cannot hold a whole paragraph in one sentence.
 */
function closableQuotes(tokens: Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  let closer = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    out[i] = closer;
    const t = tokens[i] as Token;
    if (t.kind === 'quote' && (t.norm === '"' || !quoteOpens(tokens, i))) closer = true;
    if (t.lineStart) closer = false;
  }
  return out;
}

/**
 * Whether a quote mark opens or closes a quotation. Writers use " and ” both ways, and some write
 * »…«: a mark glued to the word or number after it and not to the token before opens, one glued only
 * to the token before closes; otherwise its shape decides (“ « „ ‘ ‹ open).
 */
function quoteOpens(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const gluedBefore = tokens[i - 1]?.end === t.start;
  const gluedAfter = next?.start === t.end && (next.kind === 'word' || next.kind === 'number');
  if (gluedAfter && !gluedBefore) return true;
  if (gluedBefore && !gluedAfter) return false;
  return OPENING_QUOTES.has(t.norm);
}

/**
 * Groups tokens into sentences.
 *
 * @param tokens - the document's tokens in order
 * @param text - the original text the tokens' spans point into; when given, English sentence
 *   starters are recognised by their capital after an abbreviation («the U.S. The talks»)
 * @returns sentences covering every token exactly once, in order
 */
export function segmentSentences(tokens: Token[], text?: string): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  let quoteDepth = 0;
  /** Straight quotes do not nest: a second " while one is open closes it («أن "الدول … إلى أن "دولا … استباقي".»). */
  let straightOpen = false;
  const close = (end: number): void => {
    if (end <= begin) return;
    const first = tokens[begin] as Token;
    const last = tokens[end - 1] as Token;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, tokenStart: begin, tokenEnd: end, dateline: false });
    begin = end;
    quoteDepth = 0;
    straightOpen = false;
  };
  const closable = closableQuotes(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineStart && i > begin) close(i);
    if (t.kind === 'quote') {
      const straight = t.norm === '"';
      const opens: boolean = !(straight && straightOpen) && quoteOpens(tokens, i);
      if (opens && !closable[i]) continue;
      if (straight && opens !== straightOpen) quoteDepth = Math.max(0, quoteDepth + (opens ? 1 : -1));
      else if (!straight) quoteDepth = opens ? quoteDepth + 1 : Math.max(0, quoteDepth - 1);
      if (straight) straightOpen = opens;
      if (!opens && quoteDepth === 0 && quotationEndsSentence(tokens, i, text)) {
        close(i + 1);
        continue;
      }
    }
    const length = i + 1 - begin;
    if ((length >= SOFT_MAX_TOKENS && SOFT_BREAKS.has(t.norm)) || length >= HARD_MAX_TOKENS) {
      close(i + 1);
      continue;
    }
    if (endsSentence(tokens, i, quoteDepth, text)) {
      let end = i + 1;
      // closing quotes and stray stops after the end go with it («…الماء! ”.»)
      while (end < tokens.length && !tokens[end]?.lineStart && (TERMINALS.has(tokens[end]?.norm ?? '') || (CLOSING_QUOTES.has(tokens[end]?.norm ?? '') && !quoteOpens(tokens, end)))) end++;
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return markDatelines(sentences, tokens, text);
}

const DASHES = new Set(['-', '–', '—', ':']);
const AGENCY_DATELINE_MAX = 15;
const BYLINE_MAX = 8;
const DATELINE_MAX_WORDS = 10;

/**
 * Marks the headline or dateline at the head of a document (DESIGN §4: datelines are not coded):
 * one on the lead's own line is split off first (see `datelineCut`); else a first line of at most
 * ten words (numbers and marks not counted: «الباحة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس»)
 * without final punctuation and followed by a line break («عين اليوم – الرياض») is marked.
 */
function markDatelines(sentences: Sentence[], tokens: Token[], text: string | undefined): Sentence[] {
  const first = sentences[0];
  if (!first) return sentences;
  const cut = datelineCut(first, tokens) ?? (text === undefined ? null : capitalsDatelineCut(first, tokens, text));
  if (cut !== null) {
    const head: Sentence = { ...first, end: (tokens[cut - 1] as Token).end, tokenEnd: cut, dateline: true };
    const lead: Sentence = { ...first, start: (tokens[cut] as Token).start, tokenStart: cut, dateline: false };
    return [head, lead, ...sentences.slice(1)].map((s, index) => ({ ...s, index }));
  }
  const second = sentences[1];
  const last = tokens[first.tokenEnd - 1];
  let words = 0;
  for (let i = first.tokenStart; i < first.tokenEnd; i++) if (tokens[i]?.kind === 'word') words++;
  const nextOnNewLine = second !== undefined && tokens[second.tokenStart]?.lineStart === true;
  if (words <= DATELINE_MAX_WORDS && nextOnNewLine && last && !TERMINALS.has(last.norm)) first.dateline = true;
  return sentences;
}

/** A place name as English wire datelines print it: Latin capitals only, three letters or more («LYON», «GAZA»). */
const CAPITALS = /^[A-Z][A-Z.'-]{2,}$/;

/**
 * Where an English wire dateline ends: a place in capitals, with a comma and its country or more
 * capitals, closed by a colon or a dash within the first 8 tokens («LYON: …», «GAZA CITY,
 * Palestinian Territories: …», «WASHINGTON — …»), or null.
 */
function capitalsDatelineCut(first: Sentence, tokens: Token[], text: string): number | null {
  const head = tokens[first.tokenStart];
  if (!head || head.kind !== 'word' || !CAPITALS.test(text.slice(head.start, head.end))) return null;
  for (let i = first.tokenStart + 1; i < Math.min(first.tokenEnd, first.tokenStart + BYLINE_MAX); i++) {
    const t = tokens[i] as Token;
    if (DASHES.has(t.norm)) return i + 1 < first.tokenEnd ? i + 1 : null;
    if (t.kind !== 'word' && t.norm !== ',') return null;
  }
  return null;
}

/**
 * Where a dateline on the lead's own line ends (the index of the lead's first token), or null:
 * after a parenthesised agency closed within the first 15 tokens and followed by a dash
 * («طهران 15 - 8 ( اف ب ) - …», «عمان (بترا) – …»), or after a colon that closes a byline of
 * words and dashes within the first 8 tokens («واس - الرياض: …», «نواف الغضوري- سبق- تبوك: …»).
 */
function datelineCut(first: Sentence, tokens: Token[]): number | null {
  const limit = Math.min(first.tokenEnd, first.tokenStart + AGENCY_DATELINE_MAX);
  let open = -1;
  for (let i = first.tokenStart; i < limit; i++) {
    const norm = tokens[i]?.norm;
    if (norm === '(') open = i;
    if (norm === ')' && open >= 0 && DASHES.has(tokens[i + 1]?.norm ?? '') && i + 2 < first.tokenEnd) return i + 2;
  }
  let dashes = 0;
  for (let i = first.tokenStart; i < Math.min(first.tokenEnd, first.tokenStart + BYLINE_MAX); i++) {
    const t = tokens[i] as Token;
    if (t.norm === ':') return dashes > 0 && i > first.tokenStart && i + 1 < first.tokenEnd ? i + 1 : null;
    if (DASHES.has(t.norm)) dashes++;
    else if (t.kind !== 'word') return null;
  }
  return null;
}
