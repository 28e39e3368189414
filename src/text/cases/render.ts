/**
 * What the text layer makes of one input, rendered as a short string so that a fixture table can
 * hold the expected value (see `test/text-cases/README.md`). Each renderer also checks the span
 * invariants every output must keep, and throws when one is broken.
 */
import type { Lang, Token } from '../../model/document.js';
import { compileLexicon, type TokenReading, type VerbTags } from '../../lexicon/lexicon.js';
import { lemmaWords, type LemmaPos } from '../../lexicon/words.js';
import type { NounClass } from '../arabic/inflect-noun.js';
import { cliticSplits } from '../arabic/clitics.js';
import { phraseWords } from '../../lexicon/lexicon.js';
import { normalize, normalizeWord } from '../normalize.js';
import { segmentSentences } from '../sentences.js';
import { tokenize } from '../tokens.js';

/** Separator between rendered sentences or matches. */
export const SEP = ' | ';

/**
 * Decodes the escapes a fixture may use for characters that do not show: `\n`, `\r`, `\t`,
 * `\uXXXX` and `\u{X…}`.
 */
export function unescapeField(s: string): string {
  return s.replace(/\\(n|r|t|u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4}))/g, (_m, kind: string, braced?: string, plain?: string) => {
    if (kind === 'n') return '\n';
    if (kind === 'r') return '\r';
    if (kind === 't') return '\t';
    return String.fromCodePoint(parseInt(braced ?? plain ?? '0', 16));
  });
}

function checkTokens(text: string, tokens: readonly Token[]): void {
  let last = 0;
  tokens.forEach((t, i) => {
    if (t.index !== i) throw new Error(`token ${i} has index ${t.index}`);
    if (t.start < last || t.end > text.length || t.start >= t.end) throw new Error(`token ${i} span [${t.start}, ${t.end}) is out of order or outside the text`);
    last = t.end;
  });
}

/** The normalized text; the per-character spans are checked to lie inside the original, in order. */
export function renderNormalize(input: string): string {
  const n = normalize(input);
  let last = 0;
  for (let i = 0; i < n.text.length; i++) {
    const s = n.starts[i] ?? -1;
    const e = n.ends[i] ?? -1;
    if (s < last || e > input.length || s >= e) throw new Error(`normalized unit ${i} has a bad span [${s}, ${e})`);
    last = s;
  }
  const word = normalizeWord(input);
  if (word !== n.text) throw new Error(`normalizeWord gives "${word}", normalize gives "${n.text}"`);
  return n.text;
}

/** Token norms separated by spaces. */
export function renderTokens(input: string): string {
  const tokens = tokenize(normalize(input));
  checkTokens(input, tokens);
  return tokens.map((t) => t.norm).join(' ');
}

/** The original text of each token, separated by {@link SEP}. */
export function renderTokenSpans(input: string): string {
  const tokens = tokenize(normalize(input));
  checkTokens(input, tokens);
  return tokens.map((t) => input.slice(t.start, t.end)).join(SEP);
}

/**
 * The original text of each sentence, separated by {@link SEP}; a dateline is prefixed `[dateline] `.
 * Sentences must cover every token once, in order.
 */
export function renderSentences(input: string): string {
  const tokens = tokenize(normalize(input));
  checkTokens(input, tokens);
  const sentences = segmentSentences(tokens, input);
  let next = 0;
  for (const s of sentences) {
    if (s.tokenStart !== next || s.tokenEnd <= s.tokenStart) throw new Error(`sentence ${s.index} does not start at token ${next}`);
    next = s.tokenEnd;
  }
  if (next !== tokens.length) throw new Error(`sentences end at token ${next} of ${tokens.length}`);
  return sentences.map((s) => `${s.dateline ? '[dateline] ' : ''}${input.slice(s.start, s.end)}`).join(SEP);
}

/** Every clitic split of a word as `pro/stem/enc`, separated by spaces. */
export function renderClitics(input: string): string[] {
  return cliticSplits(normalizeWord(input)).map((s) => `${s.pro}/${s.stem}/${s.enc}`);
}

const ASPECT: Record<string, string> = { perfect: 'pf', imperative: 'imp' };
const MOOD: Record<string, string> = { indicative: 'ind', subjunctive: 'sub', jussive: 'jus' };

/** A verb reading as a cell name: `pf.3fd`, `ind.p.3ms` (p = passive), `jus.3fs`, `imp.2ms`. */
export function cellOf(v: VerbTags): string {
  const head = ASPECT[v.aspect] ?? MOOD[v.mood ?? ''] ?? v.aspect;
  const person = `${v.person}${v.gender === 'c' ? '' : v.gender}${v.number === 'sg' ? 's' : v.number === 'du' ? 'd' : 'p'}`;
  return v.voice === 'passive' ? `${head}.p.${person}` : `${head}.${person}`;
}

/** The cell names and noun numbers a matched token carries. */
function labels(readings: readonly TokenReading[]): Set<string> {
  const out = new Set<string>();
  for (const r of readings) {
    if (r.verb) out.add(cellOf(r.verb));
    if (r.number) out.add(r.number);
  }
  return out;
}

/** What a lemma fixture names: a verb, a noun of some class, or a fixed phrase. */
export interface LemmaSpec { lang: Lang; pos: LemmaPos | NounClass; lemma: string; present?: string }

/** One match found in the text: the original text it covers and the labels its readings carry. */
export interface RenderedMatch { text: string; labels: Set<string> }

/**
 * Compiles one dictionary entry the way the rule files do and finds it in the text.
 *
 * @returns every match, left to right
 * @throws ConjugationError for a verb lemma that is not a verb shape
 */
export function findLemma(spec: LemmaSpec, input: string): RenderedMatch[] {
  const words = spec.pos === 'verb' || spec.pos === 'noun' || spec.pos === 'fixed'
    ? lemmaWords(spec.lemma, spec.pos, spec.lang, spec.present ?? '')
    : phraseWords(spec.lemma.split('|')[0] ?? '', spec.lang, spec.pos, spec.lemma.split('|').slice(1));
  const lex = compileLexicon([{ id: 'case', lang: spec.lang, words, payload: null }]);
  const tokens = tokenize(normalize(input));
  checkTokens(input, tokens);
  return lex.match(tokens, 0, tokens.length).map((m) => {
    const first = tokens[m.tokenStart] as Token;
    const last = tokens[m.tokenEnd - 1] as Token;
    const readings = tokens.slice(m.tokenStart, m.tokenEnd).flatMap((t) => lex.readings(t));
    return { text: input.slice(first.start, last.end), labels: labels(readings) };
  });
}
