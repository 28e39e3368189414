/**
 * Sentence segmentation over tokens: a sentence ends at . ! ? ؟ … or a line break, never after an
 * abbreviation or a one-letter initial, never inside a quotation that goes on on the same line
 * (numbers such as 3.5 and dates such as 15/8/1436 are single tokens already). A run-on text with
 * no full stop is split at a comma after 120 tokens and cut at 250, which bounds the work per
 * sentence on any input. A short first line
 * without final punctuation (a headline or dateline such as «شام تايمز- متابعة») is its own
 * sentence, marked `dateline`.
 */
import { z } from 'zod';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import type { Sentence, Token } from '../model/document.js';
import { OPENING_QUOTES } from './tokens.js';

const TERMINALS = new Set(['.', '!', '?', '؟', '…', '۔']);
const CLOSING_QUOTES = new Set(['”', '»', '’', '›', '"', "'"]);
const DATELINE_MAX_TOKENS = 10;
/** A run-on "sentence" longer than this is split at its next comma or semicolon… */
const SOFT_MAX_TOKENS = 120;
/** …and cut here at the latest, so that no stage ever works on an unbounded sentence. */
const HARD_MAX_TOKENS = 250;
const SOFT_BREAKS = new Set(['،', ',', '؛', ';', ':']);

let abbreviations: Set<string> | null = null;

function loadAbbreviations(): Set<string> {
  const schema = z.object({ id: z.string().min(1), lang: z.enum(['ar', 'en']), form: z.string().min(1), note: z.string() });
  return new Set(readTsv(dataPath('text', 'abbreviations.tsv'), schema).map((r) => r.form.toLowerCase()));
}

function isAbbreviationStop(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.end !== tokens[i]?.start) return false;
  abbreviations ??= loadAbbreviations();
  return abbreviations.has(prev.norm) || (prev.norm.length === 1 && /\p{L}/u.test(prev.norm));
}

/** True when token `i` closes the sentence it is in. */
function endsSentence(tokens: Token[], i: number, quoteDepth: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !TERMINALS.has(t.norm)) return false;
  if (t.norm === '.' && isAbbreviationStop(tokens, i)) return false;
  if (next && TERMINALS.has(next.norm)) return false;
  if (quoteDepth > 0 && next && !next.lineStart) return false;
  return true;
}

/**
 * Groups tokens into sentences.
 *
 * @param tokens - the document's tokens in order
 * @returns sentences covering every token exactly once, in order
 */
export function segmentSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  let quoteDepth = 0;
  const close = (end: number): void => {
    if (end <= begin) return;
    const first = tokens[begin] as Token;
    const last = tokens[end - 1] as Token;
    sentences.push({ index: sentences.length, start: first.start, end: last.end, tokenStart: begin, tokenEnd: end, dateline: false });
    begin = end;
    quoteDepth = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lineStart && i > begin) close(i);
    if (t.kind === 'quote') quoteDepth = OPENING_QUOTES.has(t.norm) ? quoteDepth + 1 : Math.max(0, quoteDepth - 1);
    const length = i + 1 - begin;
    if ((length >= SOFT_MAX_TOKENS && SOFT_BREAKS.has(t.norm)) || length >= HARD_MAX_TOKENS) {
      close(i + 1);
      continue;
    }
    if (endsSentence(tokens, i, quoteDepth)) {
      let end = i + 1;
      while (end < tokens.length && CLOSING_QUOTES.has(tokens[end]?.norm ?? '') && !tokens[end]?.lineStart) end++;
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  const withDateline = splitAgencyDateline(sentences, tokens);
  markDateline(withDateline, tokens);
  return withDateline;
}

const DASHES = new Set(['-', '–', '—', ':']);
const AGENCY_DATELINE_MAX = 15;

/**
 * A wire dateline on the lead's own line, «طهران 15 - 8 ( اف ب ) - …» or «عمان (بترا) – …»: a
 * parenthesised agency closed within the first 15 tokens and followed by a dash ends the dateline.
 */
function splitAgencyDateline(sentences: Sentence[], tokens: Token[]): Sentence[] {
  const first = sentences[0];
  if (!first) return sentences;
  const limit = Math.min(first.tokenEnd, first.tokenStart + AGENCY_DATELINE_MAX);
  let open = -1;
  for (let i = first.tokenStart; i < limit; i++) {
    const norm = tokens[i]?.norm;
    if (norm === '(') open = i;
    if (norm === ')' && open >= 0 && DASHES.has(tokens[i + 1]?.norm ?? '') && i + 2 < first.tokenEnd) {
      const cut = i + 2;
      // literals with the fields in the order of close(): every sentence keeps one shape
      const head: Sentence = { index: 0, start: first.start, end: (tokens[cut - 1] as Token).end, tokenStart: first.tokenStart, tokenEnd: cut, dateline: true };
      const lead: Sentence = { index: 1, start: (tokens[cut] as Token).start, end: first.end, tokenStart: cut, tokenEnd: first.tokenEnd, dateline: false };
      const out = [head, lead, ...sentences.slice(1)];
      out.forEach((s, index) => {
        s.index = index;
      });
      return out;
    }
  }
  return sentences;
}

function markDateline(sentences: Sentence[], tokens: Token[]): void {
  const first = sentences[0];
  const second = sentences[1];
  if (!first || !second || first.dateline) return;
  const last = tokens[first.tokenEnd - 1];
  const short = first.tokenEnd - first.tokenStart <= DATELINE_MAX_TOKENS;
  const nextOnNewLine = tokens[second.tokenStart]?.lineStart === true;
  if (short && nextOnNewLine && last && !TERMINALS.has(last.norm)) first.dateline = true;
}
