/**
 * The name of a person the dictionaries do not know, right after the title: «وزير الخارجية الفلاني
 * زيد العمري», "Foreign Minister John Doe". English: the capitalised words after the title. Arabic:
 * the words after the title up to a verb, a preposition, a punctuation mark or any word the
 * dictionaries know (a cue, a trigger, an actor, a stop word, a title), at most four besides the
 * connectors «بن», «عبد»; a word of a known name (`data/actors/given-names.tsv`, the names of
 * `people.tsv`) always qualifies, another one only if it has no shape of a common word (the
 * article on the first word, a proclitic ب ل ك و ف س, the endings ة ات ون ين). A single word is
 * taken only when it is a given name; an unknown first word needs a second one. The name is kept
 * as printed (the dictionaries give no Latin form for it).
 */
import type { Token } from '../model/document.js';
import type { Analysis } from '../pipeline/analysis.js';

/** A name found after a title: its text as printed, its span (UTF-16 offsets) and the token after it. */
export interface UnknownName { name: string; start: number; end: number; next: number }

/** Finds the name after the title ending at a token, or null; `limit` is the sentence's end. */
export type UnknownNameFinder = (tokenIndex: number, limit: number) => UnknownName | null;

/** Name words after a title, connectors (بن، عبد) aside. */
const MAX_WORDS = 4;
const ARABIC_NAME_WORD = /^[\u0621-\u064a]{2,}$/u;
/** English words that are capitalised but no names (days, months, titles of address). */
const ENGLISH_NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'the', 'a', 'an', 'on', 'in', 'at', 'he', 'she', 'it', 'they', 'we']);

/** Token indexes of known words (cues, triggers, mentions, dates), so that a name stops before them. */
function knownStarts(a: Analysis): Set<number> {
  const out = new Set<number>();
  const add = (m: { tokenStart: number; tokenEnd: number }): void => {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) out.add(i);
  };
  for (const c of a.cues ?? []) add(c);
  for (const t of a.triggers ?? []) add(t);
  for (const m of a.mentions ?? []) add(m);
  // dates («يوم الأحد», "on Monday") end a name too
  for (const m of a.resources.lang[a.doc.lang].calendar.match(a.tokens!, 0, a.tokens!.length)) add(m);
  return out;
}

function englishName(a: Analysis, known: ReadonlySet<number>, i: number, limit: number): UnknownName | null {
  const tokens = a.tokens!;
  let k = i;
  while (k < limit && k - i < MAX_WORDS) {
    const t = tokens[k] as Token;
    const text = a.doc.text.slice(t.start, t.end);
    if (t.kind !== 'word' || known.has(k) || !/^\p{Lu}[\p{L}'’.-]*$/u.test(text) || ENGLISH_NOT_NAMES.has(t.norm)) break;
    k++;
  }
  // "Foreign Minister Smith": one capitalised word is a surname; two or more a full name
  return k > i ? span(a, i, k) : null;
}

/** Words that link the parts of an Arabic name («فيصل بن خالد», «عبد الله»); a name does not end with one. */
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ابي', 'عبد', 'ال', 'ولد']);
/** Endings of common nouns, plurals and pronouns (ة, ات, ون, ين, ها, هم, نا) and prepositional proclitics (ب ل ك), or a conjunction (و ف): no unknown name word has them. */
const COMMON_SHAPE = /(^[بلكوفس])|(ه|ات|ون|ين|ها|هم|نا)$/u;

/** Whether a word may stand in an unknown Arabic name at position `k` of the run. */
function arabicNameWord(a: Analysis, t: Token, first: boolean): 'name' | 'connector' | null {
  const words = a.resources.wholeWords;
  if (t.kind !== 'word' || t.lineStart || !ARABIC_NAME_WORD.test(t.norm)) return null;
  // the first word has no article (an adjective: «السابق»; «الله» after «ولاّه»); later ones may («زيد العمري»)
  if (first && /^(ال|لل)/.test(t.norm)) return null;
  if (words.isGivenName(t) || words.isNameWord(t)) return 'name';
  if (!first && CONNECTORS.has(t.norm)) return 'connector';
  if (a.resources.stopWords.ar.blocks(t, a.doc.text) || words.has(t)) return null;
  // a word printed with tanwin is an indefinite noun or adverb («مؤخراً», «خلفاً»), never a name
  if (/[\u064b-\u064d]/u.test(a.doc.text.slice(t.start, t.end))) return null;
  const bare = first ? t.norm : t.norm.replace(/^ال/, '');
  return COMMON_SHAPE.test(bare) ? null : 'name';
}

function arabicName(a: Analysis, known: ReadonlySet<number>, i: number, limit: number): UnknownName | null {
  const tokens = a.tokens!;
  let k = i;
  let end = i;
  while (k < limit && k - i < MAX_WORDS + 2 && !known.has(k)) {
    const kind = arabicNameWord(a, tokens[k] as Token, k === i);
    if (!kind) break;
    k++;
    if (kind === 'name') end = k;
  }
  if (end === i) return null;
  const words = a.resources.wholeWords;
  const first = tokens[i] as Token;
  // one word is a name only when it is a known given name; an unknown first word needs a second one
  const knownFirst = words.isGivenName(first) || words.isNameWord(first);
  if (!knownFirst && end - i < 2) return null;
  if (end - i === 1 && !words.isGivenName(first)) return null;
  return span(a, i, end);
}

function span(a: Analysis, from: number, to: number): UnknownName {
  const start = (a.tokens![from] as Token).start;
  const end = (a.tokens![to - 1] as Token).end;
  return { name: a.doc.text.slice(start, end), start, end, next: to };
}

/**
 * A finder of unknown names for one document (cues, triggers and mentions must be known).
 *
 * @example
 * // «قال وزير الخارجية الفلاني زيد العمري إن…» → after «وزير الخارجية الفلاني»: «زيد العمري»
 */
export function unknownNameFinder(a: Analysis): UnknownNameFinder {
  const known = knownStarts(a);
  return (i, limit) => (a.doc.lang === 'en' ? englishName(a, known, i, limit) : arabicName(a, known, i, limit));
}
