/**
 * Words known whole: given names (`data/actors/given-names.tsv`), the words of known people's
 * names, one-word country and place names and the head words of titles and bodies. Such a word is
 * read as itself before it is read as proclitics + another word: «فيصل» is the name, not ف + يصل
 * ("and he arrives"); «لندن» is London, not ل + ندن ("let us condemn"); «وزير» is a minister, not
 * و + زير ("and he was visited"); «كامل» a name, not ك + آمل (like Amol). Buckwalter-style analysers
 * list every segmentation; news text settles the tie in favour of the dictionary word.
 */
import type { DictionaryTables } from '../dictionaries/tables.js';
import { compileLexicon, type LexEntry, type Lexicon, phraseWords, type TokenReading } from '../lexicon/lexicon.js';
import type { Token } from '../model/document.js';
import { variants } from '../data/tsv.js';
import { normalizeWord } from '../text/normalize.js';

/** Name particles that are no names of their own («بن», «أبو», «عبد»…). */
const PARTICLES = new Set(['بن', 'بنت', 'ابن', 'أبو', 'ابو', 'أبي', 'ابي', 'عبد', 'آل', 'ال', 'ولد', 'دي', 'دو', 'فان', 'فون', 'لا', 'لو']);

type Entry = LexEntry<string>;

function word(id: string, w: string, cls: 'fixed' | 'title' | 'noun'): Entry {
  return { id, lang: 'ar', words: phraseWords(w, 'ar', cls), payload: id };
}

function nameWords(t: DictionaryTables): Entry[] {
  const out: Entry[] = t.givenNames.map((r) => word(r.id, r.name, 'fixed'));
  for (const r of t.people) {
    for (const name of variants(r.names_ar)) {
      for (const w of name.split(/\s+/)) if (w.length > 2 && !PARTICLES.has(w)) out.push(word(r.id, w, 'fixed'));
    }
  }
  return out;
}

function placeWords(t: DictionaryTables): Entry[] {
  const single = (names: string): string[] => variants(names).filter((n) => !/\s/.test(n));
  return [
    ...t.countries.flatMap((r) => single(r.names_ar).map((n) => word(r.id, n, 'fixed'))),
    ...t.places.flatMap((r) => single(r.names_ar).map((n) => word(r.id, n, 'fixed'))),
  ];
}

function titleWords(t: DictionaryTables): Entry[] {
  return t.agents.filter((r) => r.lang === 'ar').map((r) => word(r.id, r.phrase.trim().split(/\s+/)[0] ?? r.phrase, r.kind === 'body' ? 'noun' : 'title'));
}

/** A reading that takes no proclitic but the article. */
function whole(r: TokenReading): boolean {
  return r.split === null || r.split.pro === '' || r.split.pro === 'ال';
}

/** The Arabic words known whole, compiled at load. */
export class WholeWords {
  private readonly lex: Lexicon<string>;
  private readonly given: ReadonlySet<string>;
  private readonly names: ReadonlySet<string>;

  constructor(tables: DictionaryTables) {
    const names = nameWords(tables);
    this.lex = compileLexicon([...names, ...placeWords(tables), ...titleWords(tables)]);
    this.given = new Set(tables.givenNames.map((r) => normalizeWord(r.name)));
    this.names = new Set(names.map((e) => (e.words[0]?.article ? 'ال' : '') + (e.words[0]?.base ?? '')));
  }

  /** Whether a token, as it stands, is a word of a person's name (a given name, a word of a name in people.tsv). */
  isNameWord(token: Token): boolean {
    return token.kind === 'word' && this.names.has(token.norm);
  }

  /** Whether a token is a given name of `data/actors/given-names.tsv` as it stands (no clitics). */
  isGivenName(token: Token): boolean {
    return token.kind === 'word' && this.given.has(token.norm);
  }

  /**
   * Whether a token is a known word as it stands (possibly with the article or a pronoun), so that a
   * reading splitting proclitics off it is to be refused.
   *
   * @example
   * // «فيصل» → true; «فوصل» → false
   */
  has(token: Token): boolean {
    if (token.kind !== 'word') return false;
    return this.lex.readings(token).some(whole);
  }

  /**
   * Whether a reading splits a known whole word into proclitics + stem: a conjunction, preposition
   * or future marker taken off a given name, a person's name, a place or a title.
   */
  splitsWhole(token: Token, reading: TokenReading | undefined): boolean {
    const pro = reading?.split?.pro ?? '';
    return pro !== '' && pro !== 'ال' && this.has(token);
  }
}
