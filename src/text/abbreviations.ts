/**
 * Whether a full stop after an abbreviation ends its sentence, from the reviewed lists
 * `data/text/abbreviations.tsv` (each abbreviation with its kind: prefix, suffix or era) and
 * `data/text/sentence-starters.tsv` (English words that open a sentence). The kinds follow the
 * Punkt idea (Kiss & Strunk 2006, "Unsupervised Multilingual Sentence Boundary Detection") of
 * deciding an abbreviation's stop by the word after it, with the lists written by hand.
 */
import { z } from 'zod';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import type { Token } from '../model/document.js';
import { normalizeWord } from './normalize.js';

/** prefix: the stop never ends a sentence; suffix: it does when a sentence start follows; era: suffix after a number. */
export type AbbreviationKind = 'prefix' | 'suffix' | 'era';

interface Tables { kinds: Map<string, Set<AbbreviationKind>>; starters: Set<string> }

let tables: Tables | null = null;

function load(): Tables {
  const abbr = z.object({ id: z.string().min(1), lang: z.enum(['ar', 'en']), form: z.string().min(1), kind: z.enum(['prefix', 'suffix', 'era']), note: z.string() });
  const kinds = new Map<string, Set<AbbreviationKind>>();
  for (const r of readTsv(dataPath('text', 'abbreviations.tsv'), abbr)) {
    const form = normalizeWord(r.form);
    let set = kinds.get(form);
    if (!set) kinds.set(form, (set = new Set()));
    set.add(r.kind);
  }
  const starter = z.object({ id: z.string().min(1), lang: z.enum(['en']), word: z.string().regex(/^[a-z]+$/, 'expected a lower-case English word'), note: z.string() });
  const starters = new Set(readTsv(dataPath('text', 'sentence-starters.tsv'), starter).map((r) => r.word));
  return { kinds, starters };
}

const ARABIC_WORD = /^[\u0600-\u06ff]/;
const UPPER = /^\p{Lu}/u;
/** A dotted Latin abbreviation token such as "u.s." or "p.m.". */
export const DOTTED_ABBREVIATION = /^(?:\p{Script=Latin}\.){2,}$/u;

/**
 * Whether `next` opens a sentence after an abbreviation's stop: a line break or the end of the text
 * always; after an Arabic abbreviation an Arabic word; after a Latin one a capitalized sentence
 * starter (needs the original `text`; without it no Latin word counts).
 */
function startsSentence(next: Token | undefined, arabic: boolean, text: string | undefined): boolean {
  if (!next || next.lineStart) return true;
  if (next.kind !== 'word') return false;
  if (arabic) return ARABIC_WORD.test(next.norm);
  tables ??= load();
  return text !== undefined && UPPER.test(text.slice(next.start, next.end)) && tables.starters.has(next.norm);
}

/**
 * Whether the full stop at token `i` ends its sentence, as far as the word before it decides.
 *
 * @param tokens - the document's tokens; `tokens[i]` is a full stop
 * @param text - the original text (for the case of English words), when known
 * @returns false after a prefix abbreviation (د. Gen.) or a one-letter initial, false after a suffix
 *   or era abbreviation (إلخ. Inc. 1436 هـ.) unless a sentence start follows, true otherwise
 */
export function stopEndsSentence(tokens: readonly Token[], i: number, text?: string): boolean {
  const stop = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.end !== stop.start) return true;
  tables ??= load();
  const kinds = tables.kinds.get(prev.norm);
  if (!kinds) return !(prev.norm.length === 1 && /\p{L}/u.test(prev.norm));
  const before = tokens[i - 2];
  const dated = before?.kind === 'number' || (before?.norm === '.' && tokens[i - 3]?.norm === 'ق');
  const arabic = ARABIC_WORD.test(prev.norm);
  if (kinds.has('era') && dated) return startsSentence(tokens[i + 1], arabic, text);
  if (kinds.has('prefix')) return false;
  return startsSentence(tokens[i + 1], arabic, text);
}

/** Whether a dotted abbreviation token (U.S., p.m.) also ends its sentence: a sentence start follows. */
export function dottedAbbreviationEnds(tokens: readonly Token[], i: number, text?: string): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !DOTTED_ABBREVIATION.test(t.norm)) return false;
  return startsSentence(tokens[i + 1], false, text);
}
