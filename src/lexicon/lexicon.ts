/**
 * A compiled phrase lexicon: dictionary entries written once (a phrase of one or more words, each
 * with its inflection class) are compiled into (1) an index from every surface stem to the word keys
 * it can realise and (2) a word-level trie over phrases. Matching analyses each token (clitic
 * splits for Arabic, the lower-cased word for English), then finds the longest phrase starting at
 * each token. Compiled at load, never committed (DESIGN §4).
 */
import type { Lang, Token } from '../model/document.js';
import { cliticSplits, type CliticSplit } from '../text/arabic/clitics.js';
import { nounForms, type GrammaticalNumber, type NounClass } from '../text/arabic/inflect-noun.js';
import { englishNounForms } from '../text/english/inflect.js';
import { normalize, normalizeWord } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';

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
  readonly size: number;

  /**
   * @param entries - the dictionary entries
   * @param functionWords - true for particles and prepositions: only the conjunctions و ف may be
   *   attached before them (so كلا is not ك + لا)
   */
  constructor(entries: ReadonlyArray<LexEntry<P>>, private readonly functionWords = false) {
    for (const e of entries) this.add(e);
    this.size = entries.length;
  }

  private addForm(surface: string, info: FormInfo): void {
    let list = this.forms.get(surface);
    if (!list) this.forms.set(surface, (list = []));
    if (!list.some((r) => r.key === info.key && r.verb === info.verb)) list.push(info);
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

  /** Readings by word form (forms repeat: each is analysed once per lexicon); bounded. */
  private readonly memo = new Map<string, TokenReading[]>();

  /** Every reading of one token (a punctuation mark or a number reads only as part of a phrase written with it: «People's Republic», «St. Lucia», «إم آي 6»). */
  readings(token: Token): TokenReading[] {
    if (token.kind === 'quote') return [];
    const key = `${token.norm}${token.taMarbuta ? '\u0001' : ''}${token.alefMaqsura ? '\u0002' : ''}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.memo.size >= 100_000) this.memo.clear();
    const out = this.analyse(token);
    this.memo.set(key, out);
    return out;
  }

  private analyse(token: Token): TokenReading[] {
    const out: TokenReading[] = [];
    const direct = this.forms.get(token.norm);
    if (direct) for (const r of direct) if (r.article !== true) out.push({ ...r, split: null });
    if (!/[\u0600-\u06ff]/.test(token.norm)) return out;
    for (const split of cliticSplits(token.norm)) {
      if (split.pro === '' && split.enc === '') continue;
      if (split.enc === 'ه' && token.taMarbuta) continue;
      if (split.enc === 'ي' && token.alefMaqsura) continue;
      for (const r of this.forms.get(split.stem) ?? []) {
        if (!compatible(split, r.verb) || (split.article && r.construct)) continue;
        // a fixed name takes no pronoun, and the article exactly when its dictionary form has it
        if (r.article !== undefined && (split.enc !== '' || split.article !== r.article)) continue;
        if (this.functionWords && !r.verb && !/^[وف]?(ال)?$/.test(split.pro)) continue;
        out.push({ ...r, split });
      }
    }
    return out;
  }

  /** The readings of the token at an index, each token analysed once per call. */
  private readingsCache(tokens: readonly Token[]): (i: number) => TokenReading[] {
    const cache = new Map<number, TokenReading[]>();
    return (i) => {
      let r = cache.get(i);
      if (!r) cache.set(i, (r = this.readings(tokens[i] as Token)));
      return r;
    };
  }

  /**
   * Longest matches, left to right, without overlap.
   *
   * @param tokens - the document's tokens
   * @param from - first token index (inclusive)
   * @param to - last token index (exclusive)
   */
  match(tokens: readonly Token[], from: number, to: number): Array<LexMatch<P>> {
    const readingsAt = this.readingsCache(tokens);
    const out: Array<LexMatch<P>> = [];
    let i = from;
    while (i < to) {
      const best = this.longestAt(readingsAt, i, to);
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
   * @param tokens - the document's tokens
   * @param from - first token index (inclusive)
   * @param to - last token index (exclusive)
   */
  matchEvery(tokens: readonly Token[], from: number, to: number): Array<LexMatch<P>> {
    const readingsAt = this.readingsCache(tokens);
    const out: Array<LexMatch<P>> = [];
    const walk = (node: TrieNode<P>, start: number, i: number, path: TokenReading[]): void => {
      if (node.entries.length > 0) out.push({ entries: [...node.entries], entryReadings: node.entries.map(() => [...path]), tokenStart: start, tokenEnd: i, readings: [...path] });
      if (i >= to) return;
      for (const r of readingsAt(i)) {
        const child = node.next.get(r.key);
        if (child) walk(child, start, i + 1, [...path, r]);
      }
    };
    for (let i = from; i < to; i++) walk(this.root, i, i, []);
    return out;
  }

  private longestAt(readingsAt: (i: number) => TokenReading[], start: number, to: number): LexMatch<P> | null {
    let best: LexMatch<P> | null = null;
    const walk = (node: TrieNode<P>, i: number, path: TokenReading[]): void => {
      if (node.entries.length > 0) {
        const current = best as LexMatch<P> | null;
        if (!current || i > current.tokenEnd) {
          best = { entries: [...node.entries], entryReadings: node.entries.map(() => [...path]), tokenStart: start, tokenEnd: i, readings: [...path] };
        } else if (i === current.tokenEnd) {
          for (const e of node.entries) {
            if (current.entries.includes(e)) continue;
            current.entries.push(e);
            current.entryReadings.push([...path]);
          }
        }
      }
      if (i >= to) return;
      for (const r of readingsAt(i)) {
        const child = node.next.get(r.key);
        if (child) walk(child, i + 1, [...path, r]);
      }
    };
    walk(this.root, start, []);
    return best;
  }
}

function compatible(split: CliticSplit, verb: VerbTags | null): boolean {
  if (verb) {
    if (split.article) return false;
    // only ل goes before a verb, and only before the imperfect (ليلتقي، فليتقدم): لقتل is «for the killing»
    if (split.preposition && (split.pro.replace(/^[وف]/, '') !== 'ل' || verb.aspect !== 'imperfect')) return false;
    if (split.future && verb.aspect !== 'imperfect') return false;
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

