/**
 * A compiled phrase lexicon: dictionary entries written once (a phrase of one or more words, each
 * with its inflection class) are compiled into (1) an index from every surface stem to the word keys
 * it can realise and (2) a word-level trie over phrases. Matching analyses each token (clitic
 * splits for Arabic, the lower-cased word for English), then finds the longest phrase starting at
 * each token. Compiled at load, never committed (DESIGN §4). Analyses are made once per distinct
 * word form and shared with the other lexicons through its lexeme (see lexemes.ts).
 */
import type { Lang, Token } from '../model/document.js';
import type { CliticSplit } from '../text/arabic/clitics.js';
import { nounForms, type GrammaticalNumber, type NounClass } from '../text/arabic/inflect-noun.js';
import { englishNounForms } from '../text/english/inflect.js';
import { normalize, normalizeWord } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import { type Lexeme, lexemeOf, lexemesOf, lexiconBit, lexiconSlot, registerStem, segment } from './lexemes.js';

/** One word of a phrase and how it inflects. */
export interface WordSpec {
  /** Normalized base form (Arabic without the article). */
  base: string;
  /** For a fixed Arabic name: true when it is written with the article (العراق), which the text must then show, and only then. */
  article?: boolean;
  cls: NounClass | 'verb';
  /** Normalized irregular forms (broken plurals, irregular English forms). */
  extra?: readonly string[];
  /** Verb forms when `cls` is "verb": surface → feature tags. */
  verbForms?: ReadonlyArray<{ form: string; tags: VerbTags }>;
}

/** What the analyser keeps of a verb form. */
export interface VerbTags { aspect: 'perfect' | 'imperfect' | 'imperative'; person: number; number: string; gender: string; voice: string; mood?: string }

/** A dictionary entry: an id, its language, its phrase and what it means (the payload). */
export interface LexEntry<P> {
  id: string;
  lang: Lang;
  words: WordSpec[];
  payload: P;
}

/** One reading of a token as a lexicon word. */
export interface TokenReading {
  key: string;
  split: CliticSplit | null;
  verb: VerbTags | null;
  /** Number of a noun form (null for verbs). */
  number: GrammaticalNumber | null;
}

interface FormInfo { key: string; verb: VerbTags | null; number: GrammaticalNumber | null; article?: boolean; construct?: boolean }

/** A phrase found in the text. */
export interface LexMatch<P> {
  entries: Array<LexEntry<P>>;
  /** The token readings under which each entry matched (parallel to `entries`). */
  entryReadings: TokenReading[][];
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** The reading of each matched token. */
  readings: TokenReading[];
}

interface TrieNode<P> { next: Map<string, TrieNode<P>>; entries: Array<LexEntry<P>> }

/**
 * Splits the article off a dictionary word as written (not yet normalized): «العراق» → «عراق» with
 * the article, but «ألمانيا» keeps its alef-hamza-lam, which is part of the name. Returns the
 * normalized base and whether the article was there.
 */
export function splitArticle(raw: string): { base: string; article: boolean } {
  const m = /^(و?)(ال)(.{2,})$/u.exec(raw);
  if (m?.[3]) return { base: normalizeWord(m[3]), article: true };
  return { base: normalizeWord(raw), article: false };
}

function wordKey(w: WordSpec): string {
  if (w.cls === 'fixed' && w.article !== undefined) return `fixed:${w.article ? 'ال' : ''}${w.base}`;
  return `${w.cls}:${w.base}`;
}

/** A compiled lexicon; build it with {@link compileLexicon}. */
export class Lexicon<P> {
  private readonly forms = new Map<string, FormInfo[]>();
  private readonly root: TrieNode<P> = { next: new Map(), entries: [] };
  /** This lexicon's slot on every lexeme, where it keeps its readings of that form. */
  private readonly slot = lexiconSlot();
  /** This lexicon's bit in {@link Lexeme.readableBy} and {@link Lexeme.beginsNothing} (0 past 31 lexicons: then always looked up). */
  private readonly bit = lexiconBit(this.slot);
  readonly size: number;

  /**
   * @param entries - the dictionary entries
   * @param functionWords - true for particles and prepositions: only the conjunctions و ف may be
   *   attached before their fixed words (so كلا is not ك + لا); inflecting nouns take any proclitic
   */
  constructor(entries: ReadonlyArray<LexEntry<P>>, private readonly functionWords = false) {
    for (const e of entries) this.add(e);
    this.size = entries.length;
  }

  private addForm(surface: string, info: FormInfo): void {
    let list = this.forms.get(surface);
    if (!list) this.forms.set(surface, (list = []));
    if (!list.some((r) => r.key === info.key && r.verb === info.verb)) list.push(info);
    registerStem(surface, this.slot);
  }

  private add(e: LexEntry<P>): void {
    let node = this.root;
    for (const w of e.words) {
      const key = wordKey(w);
      if (!this.forms.has(`\u0000${key}`)) {
        this.forms.set(`\u0000${key}`, []);
        this.indexWord(w, key, e.lang);
      } else if (w.extra?.length && w.cls === 'nisba') this.indexWord(w, key, e.lang); // a later entry may bring a nisba's broken plurals (أمريكي: أمريكان)
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    node.entries.push(e);
  }

  private indexWord(w: WordSpec, key: string, lang: Lang): void {
    if (w.cls === 'verb') {
      for (const f of w.verbForms ?? []) this.addForm(f.form, { key, verb: f.tags, number: null });
      return;
    }
    const forms = lang === 'ar' ? nounForms(w.base, w.cls, w.extra) : englishNounForms(w.base, w.cls, w.extra);
    for (const f of forms) {
      const info: FormInfo = { key, verb: null, number: f.number, article: w.cls === 'fixed' ? w.article : undefined };
      if ('construct' in f && f.construct) info.construct = true;
      this.addForm(f.form, info);
    }
  }

  /**
   * Every reading of one token (a punctuation mark or a number reads only as part of a phrase
   * written with it: «People's Republic», «St. Lucia», «إم آي 6»; a quotation mark never reads).
   */
  readings(token: Token): readonly TokenReading[] {
    return this.formReadings(lexemeOf(token))?.all ?? NO_READINGS;
  }

  /** This lexicon's readings of a word form, analysed once per lexicon (forms repeat); null for none. */
  private formReadings(lexeme: Lexeme | null | undefined): FormReadings | null {
    if (!lexeme || !segment(lexeme) || (lexeme.readableBy & this.bit) !== this.bit) return null;
    const bySlot = (lexeme.readings ??= []);
    return (bySlot[this.slot] ??= this.analyse(lexeme));
  }

  /** The readings of a form that can begin a phrase, each with its trie node. */
  private firstSteps(lexeme: Lexeme | null | undefined): FormReadings['first'] {
    if (!lexeme || (lexeme.beginsNothing & this.bit) !== 0) return NO_FORM_READINGS.first;
    const first = this.formReadings(lexeme)?.first ?? NO_FORM_READINGS.first;
    if (first.length === 0) lexeme.beginsNothing |= this.bit;
    return first;
  }

  /** Reads a form: the whole word, then each clitic split whose stem is known, in that order. */
  private analyse(lexeme: Lexeme): FormReadings {
    const all: TokenReading[] = [];
    // Object.assign rather than { ...r, split }: Node 20 adds a field after a spread at run time, slowly
    if (lexeme.direct) for (const r of this.forms.get(lexeme.norm) ?? []) if (r.article !== true) all.push(Object.assign({}, r, { split: null }));
    for (const split of lexeme.splits) {
      for (const r of this.forms.get(split.stem) ?? []) {
        if (!compatible(split, r.verb) || (split.article && r.construct)) continue;
        // a fixed name takes no pronoun, and the article exactly when its dictionary form has it
        if (r.article !== undefined && (split.enc !== '' || split.article !== r.article)) continue;
        // (a particle takes only و ف; an inflecting noun among them takes a preposition too: «بعدم», «بمدينة»)
        if (this.functionWords && !r.verb && r.article !== undefined && !/^[وف]?(ال)?$/.test(split.pro)) continue;
        all.push(Object.assign({}, r, { split }));
      }
    }
    if (all.length === 0) return NO_FORM_READINGS;
    const first = all.flatMap((reading) => {
      const node = this.root.next.get(reading.key);
      return node ? [{ reading, node }] : [];
    });
    return { all, first };
  }

  /**
   * Longest matches, left to right, without overlap.
   *
   * @param tokens - the document's tokens (their look-ups are shared by every lexicon and kept
   *   with the array, which must not change once matched)
   * @param from - first token index (inclusive)
   * @param to - last token index (exclusive)
   */
  match(tokens: readonly Token[], from: number, to: number): Array<LexMatch<P>> {
    const out: Array<LexMatch<P>> = [];
    const doc = lexemesOf(tokens, from, to);
    let walk: Walk<P> | null = null; // made at the first token that begins something
    let i = from;
    while (i < to) {
      if ((doc.beginsNothing[i] as number) & this.bit) {
        i++;
        continue;
      }
      const first = this.firstSteps(doc.lexemes[i]);
      if (first.length === 0) {
        (doc.beginsNothing[i] as number) |= this.bit;
        i++;
        continue;
      }
      walk ??= { lexemes: doc.lexemes, start: i, to, path: [], best: null };
      walk.start = i;
      walk.best = null;
      // indexed loops: an array iterator would be allocated at every token (the body recurses)
      for (let k = 0; k < first.length; k++) {
        const { reading, node } = first[k] as FormReadings['first'][number];
        walk.path.push(reading);
        this.walk(node as TrieNode<P>, i + 1, walk);
        walk.path.pop();
      }
      const best = walk.best as LexMatch<P> | null;
      if (best) {
        out.push(best);
        i = best.tokenEnd;
      } else i++;
    }
    return out;
  }

  /**
   * Every match of every length at every token, overlapping ones included: «وقف» and «وقف العمليات»
   * both match at «وقف عملياتها» (for lexicons whose entries are tested one by one, such as rule objects).
   *
   * @param tokens - the document's tokens (remembered by identity, as for {@link match})
   * @param from - first token index (inclusive)
   * @param to - last token index (exclusive)
   */
  matchEvery(tokens: readonly Token[], from: number, to: number): Array<LexMatch<P>> {
    const doc = lexemesOf(tokens, from, to);
    const out: Array<LexMatch<P>> = [];
    const path: TokenReading[] = [];
    const visit = (node: TrieNode<P>, start: number, i: number): void => {
      if (node.entries.length > 0) {
        out.push({ entries: [...node.entries], entryReadings: node.entries.map(() => [...path]), tokenStart: start, tokenEnd: i, readings: [...path] });
      }
      if (i >= to || node.next.size === 0) return;
      const readings = this.formReadings(doc.lexemes[i])?.all ?? NO_READINGS;
      for (let k = 0; k < readings.length; k++) {
        const r = readings[k] as TokenReading;
        const child = node.next.get(r.key);
        if (!child) continue;
        path.push(r);
        visit(child, start, i + 1);
        path.pop();
      }
    };
    for (let i = from; i < to; i++) if (this.firstSteps(doc.lexemes[i]).length > 0) visit(this.root, i, i);
    return out;
  }

  /**
   * Depth-first over the trie below the first word, keeping the longest match (and, at equal
   * length, every entry reached, in trie order); `walk.path` holds the readings taken so far.
   */
  private walk(node: TrieNode<P>, i: number, walk: Walk<P>): void {
    if (node.entries.length > 0) record(walk, node.entries, i);
    if (i >= walk.to || node.next.size === 0) return;
    const readings = this.formReadings(walk.lexemes[i])?.all ?? NO_READINGS;
    for (let k = 0; k < readings.length; k++) {
      const r = readings[k] as TokenReading;
      const child = node.next.get(r.key);
      if (!child) continue;
      walk.path.push(r);
      this.walk(child, i + 1, walk);
      walk.path.pop();
    }
  }
}

/**
 * A lexicon's readings of one word form: all of them, and those that can begin a phrase with the
 * trie node each leads to (most forms begin none, and the search from them ends at once).
 */
export interface FormReadings { all: readonly TokenReading[]; first: ReadonlyArray<{ reading: TokenReading; node: TrieNode<unknown> }> }

const NO_READINGS: readonly TokenReading[] = Object.freeze([]);
const NO_FORM_READINGS: FormReadings = Object.freeze({ all: NO_READINGS, first: Object.freeze([]) });

/** The state of one longest-match search. */
interface Walk<P> { lexemes: ReadonlyArray<Lexeme | null | undefined>; start: number; to: number; path: TokenReading[]; best: LexMatch<P> | null }

function record<P>(walk: Walk<P>, entries: Array<LexEntry<P>>, end: number): void {
  const best = walk.best;
  if (!best || end > best.tokenEnd) {
    // one snapshot of the path serves every entry reached by it (matches are read, never changed)
    const path = [...walk.path];
    walk.best = { entries: [...entries], entryReadings: entries.map(() => path), tokenStart: walk.start, tokenEnd: end, readings: path };
    return;
  }
  if (end !== best.tokenEnd) return;
  for (const e of entries) {
    if (best.entries.includes(e)) continue;
    best.entries.push(e);
    best.entryReadings.push([...walk.path]);
  }
}

function compatible(split: CliticSplit, verb: VerbTags | null): boolean {
  if (verb) {
    if (split.article) return false;
    // only ل goes before a verb, and only before the imperfect (ليلتقي، فليتقدم): لقتل is «for the killing»
    if (split.preposition && (split.pro.replace(/^[وف]/, '') !== 'ل' || verb.aspect !== 'imperfect')) return false;
    if (split.future && verb.aspect !== 'imperfect') return false;
    // a verb's 1st-person object is ني (شكرني); ي alone is a noun's possessive: «شكري» is a name or «my thanks»
    if (split.enc === 'ي') return false;
    return true;
  }
  return !split.future;
}

/** Compiles entries into a {@link Lexicon}. */
export function compileLexicon<P>(entries: ReadonlyArray<LexEntry<P>>, functionWords = false): Lexicon<P> {
  return new Lexicon(entries, functionWords);
}

/**
 * Builds the word specs of a phrase as written in a data file (not yet normalized): Arabic split at
 * spaces, English as the tokenizer splits text (the possessive 's and punctuation are words of their own). Every word takes
 * the phrase's class; irregular forms (broken plurals) apply to the head word — the first word in
 * Arabic (وزير الخارجية → وزراء الخارجية), the last in English (foreign minister → ministers).
 */
export function phraseWords(phrase: string, lang: Lang, cls: NounClass, extra: readonly string[] = []): WordSpec[] {
  // English is split as the text is tokenized, so that «People's», «St.» and «(British)» match it
  const parts = lang === 'en' ? tokenize(normalize(phrase.trim())).map((t) => t.norm) : phrase.trim().split(/\s+/).filter(Boolean);
  const headIndex = lang === 'ar' ? 0 : parts.length - 1;
  const headExtra = extra.map((x) => {
    const words = x.trim().split(/\s+/).filter(Boolean);
    const w = (lang === 'ar' ? words[0] : words.at(-1)) ?? x;
    return lang === 'ar' ? splitArticle(w).base : normalizeWord(w);
  });
  return parts.map((p, k) => {
    const { base, article } = lang === 'ar' ? splitArticle(p) : { base: normalizeWord(p), article: false };
    const spec: WordSpec = { base, cls, extra: k === headIndex ? headExtra : [] };
    if (lang === 'ar' && cls === 'fixed') spec.article = article;
    return spec;
  });
}

