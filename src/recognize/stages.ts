/**
 * Recognition stages: dictionary matches of the actor layer (mentions), of cues and of event
 * triggers, sentence by sentence, longest match first.
 */
import type { CueMatch, TriggerMatch } from '../code/matches.js';
import type { EventRule } from '../code/rules.js';
import type { LexEntry, Lexicon, LexMatch, TokenReading } from '../lexicon/lexicon.js';
import type { Sentence, Token } from '../model/document.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Stage } from '../pipeline/stage.js';
import type { Mention } from './mention.js';
import type { ActorPayload } from './payload.js';
import type { StopWords } from './stop-words.js';

/** Runs a lexicon over each sentence; `emit` pushes the records a match makes onto `out`. */
function matchSentences<P, T>(a: Analysis, lex: Lexicon<P>, emit: (m: LexMatch<P>, s: Sentence, out: T[]) => void): T[] {
  const out: T[] = [];
  for (const s of a.sentences!) for (const m of lex.match(a.tokens!, s.tokenStart, s.tokenEnd)) emit(m, s, out);
  return out;
}

function spanOf(tokens: Token[], m: { tokenStart: number; tokenEnd: number }): { start: number; end: number } {
  return { start: (tokens[m.tokenStart] as Token).start, end: (tokens[m.tokenEnd - 1] as Token).end };
}

/** Finds cue words (negation, modality, prepositions, light and speech verbs…). */
export const cueStage: Stage = {
  name: 'cues',
  requires: ['sentences'],
  assigns: ['cues'],
  run(a) {
    const lex = a.resources.lang[a.doc.lang].cues;
    a.cues = matchSentences(a, lex, (m, s, out: CueMatch[]) => {
      const { start, end } = spanOf(a.tokens!, m);
      for (const e of m.entries) {
        out.push({
          start, end, sentence: s.index, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd,
          cue: e.payload.cue, id: e.payload.id, reading: m.readings[0] as TokenReading,
        });
      }
    });
  },
};

/** The cue id of قد/لقد, after which only a verb stands. */
const QAD_PARTICLE = 'ar-particle-qad';

/** Finds event triggers and the rules each may fire. */
export const triggerStage: Stage = {
  name: 'triggers',
  requires: ['sentences'],
  assigns: ['triggers'],
  run(a) {
    const lex = a.resources.lang[a.doc.lang].triggers;
    // a verb may follow a complementizer or a verbal particle («قد قتل», «كما قتل 6 مدنيين», «فيما قتل»); after
    // an adverb (كما، فيما، حيث، ثم) a word followed by a definite noun stays a noun: «كما قتل المدنيين جريمة»
    const particleOpens = (c: { id: string; tokenEnd: number }): boolean => c.id === QAD_PARTICLE || !/^[وفبلك]?ال/.test(a.tokens![c.tokenEnd + 1]?.norm ?? '');
    const clauseOpeners = new Set(a.cues!.filter((c) => c.cue === 'complementizer' || (c.cue === 'verb-particle' && particleOpens(c))).map((c) => c.tokenEnd));
    const afterPreposition = new Set(a.cues!.filter((c) => c.cue === 'preposition' || c.cue === 'topic' || c.cue === 'temporal' || c.cue === 'anterior').map((c) => c.tokenEnd));
    // «wants to attack», «plans to visit», «is set to meet»: after a verb of volition or intent and «to», a verb
    const infinitive = new Set(a.doc.lang !== 'en' ? [] : a.cues!.filter((c) => c.cue === 'future' || c.cue === 'volition')
      .map((c) => (a.tokens![c.tokenEnd - 1]?.norm === 'to' ? c.tokenEnd : a.tokens![c.tokenEnd]?.norm === 'to' ? c.tokenEnd + 1 : -1)));
    const tokens = a.tokens!;
    const triggerStops = a.resources.triggerStopWords[a.doc.lang];
    a.triggers = matchSentences(a, lex, (m, s, out: TriggerMatch[]) => {
      const prev = tokens[m.tokenStart - 1];
      // (an English sentence opens with its subject: «Clashes between…» is a noun)
      const verbFirst = m.tokenStart === s.tokenStart ? a.doc.lang !== 'en' : prev?.kind !== 'word' || clauseOpeners.has(m.tokenStart)
        || (a.doc.lang === 'en' && ENGLISH_VERB_BEFORE.has(prev?.norm ?? ''));
      // after a preposition only a noun can stand («تسببت في قتل الأبرياء»), and so after an English determiner («in a jail»)
      const nounOnly = !infinitive.has(m.tokenStart) && (afterPreposition.has(m.tokenStart) || (a.doc.lang === 'en' && ENGLISH_NOUN_BEFORE.has(prev?.norm ?? '')));
      const { rules, reading } = pickReading(m, verbFirst, nounOnly);
      if (rules.length === 0) return;
      // «فيصل» is a name, not ف + يصل: a known whole word is not split into proclitics + trigger
      if (a.doc.lang === 'ar' && a.resources.wholeWords.splitsWhole(tokens[m.tokenStart] as Token, reading)) return;
      // «هناك» (there is) is no «هنّأك», «وفقاً» (according to) no passive of وافق: function words are no triggers
      if (m.tokenEnd - m.tokenStart === 1 && triggerStops.blocks(tokens[m.tokenStart] as Token, a.doc.text)) return;
      const { start, end } = spanOf(tokens, m);
      out.push({ start, end, sentence: s.index, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, rules, reading });
    });
  },
};

/** English determiners, after which a word is a noun («a jail», «its support»). */
const ENGLISH_NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'any', 'every', 'each']);

/** English words after which an ambiguous word is a verb («will visit», «to support», «did not meet»). */
const ENGLISH_VERB_BEFORE = new Set(['will', 'would', 'to', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not', "n't", 'also', 'jointly']);

/**
 * Settles a verb/noun ambiguity (دعم: "supported" or "support"): a verb reading is taken at the start
 * of a clause, a noun reading inside one, never a verb after a preposition or with a prepositional
 * proclitic (ب ك, or ل on a perfect); unambiguous words keep their only reading.
 */
function pickReading(m: LexMatch<EventRule>, verbFirst: boolean, nounOnly: boolean): { rules: EventRule[]; reading: TokenReading } {
  const verbs: number[] = [];
  const nouns: number[] = [];
  m.entries.forEach((e, k) => {
    const first = m.entryReadings[k]?.[0];
    const isVerb = first?.verb != null;
    // ب and ك never stand before a verb, and ل only before an imperfect («ليقتل»): «لقتل», «بخطف» are verbal nouns
    if (isVerb && first?.split?.preposition && first.verb?.aspect !== 'imperfect') return;
    // «توعد» is a perfect of توعّد and an imperfect of وعد, whose rule counts the perfect only: not that rule's form
    if (isVerb && e.payload.aspect && first?.verb?.aspect !== e.payload.aspect) return;
    if (isVerb && e.payload.pos === 'verb') verbs.push(k);
    else if (!isVerb && e.payload.pos === 'noun') nouns.push(k);
  });
  const chosen = !nounOnly && verbs.length > 0 && (nouns.length === 0 || verbFirst) ? verbs : nouns;
  const first = chosen[0];
  return {
    rules: chosen.map((k) => (m.entries[k] as LexEntry<EventRule>).payload),
    reading: (first === undefined ? m.readings[0] : m.entryReadings[first]?.[0]) as TokenReading,
  };
}

/** Lower-case English short words that are also acronyms ("us", "un") are not names. */
function englishCaseOk(a: Analysis, tokens: Token[], m: LexMatch<ActorPayload>): boolean {
  if (a.doc.lang !== 'en' || m.tokenEnd - m.tokenStart !== 1) return true;
  const t = tokens[m.tokenStart] as Token;
  const text = a.doc.text.slice(t.start, t.end);
  return !(text.length <= 3 && text === text.toLowerCase());
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'northern', 'southern', 'eastern', 'western',
  'central', 'north', 'south', 'east', 'west', 'neighbouring', 'neighboring', 'occupied', 'rebel-held', 'government-held']);

/** The start of an English noun phrase including its determiners («with [his] counterpart», «in [northern] Iraq»). */
function determinerStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) k--;
  return k;
}

/** The normalized words of a match, space-separated. */
function wordsOf(tokens: readonly Token[], m: { tokenStart: number; tokenEnd: number }): string {
  if (m.tokenEnd - m.tokenStart === 1) return (tokens[m.tokenStart] as Token).norm;
  return tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.norm).join(' ');
}

/**
 * Drops the readings of a match that split a known whole word behind a preposition or the future
 * marker («كامل» is a name, not ك + آمل; «باراك» not ب + أراك). A conjunction before a name stays a
 * reading («وجدة»: Oujda, or «and Jeddah» in a list), unless the whole word is a given name.
 *
 * @returns the match with the remaining readings, or null when none remains
 */
function keepWholeReadings(a: Analysis, m: LexMatch<ActorPayload>): LexMatch<ActorPayload> | null {
  const token = a.tokens![m.tokenStart] as Token;
  const refused = (k: number): boolean => {
    const r = m.entryReadings[k]?.[0];
    const pro = r?.split?.pro ?? '';
    if (!a.resources.wholeWords.splitsWhole(token, r)) return false;
    return /[بلكس]/.test(pro.replace(/ال$/, '')) || a.resources.wholeWords.isGivenName(token);
  };
  const keep = m.entries.map((_, k) => k).filter((k) => !refused(k));
  if (keep.length === m.entries.length) return m;
  if (keep.length === 0) return null;
  const entryReadings = keep.map((k) => m.entryReadings[k] as TokenReading[]);
  return { ...m, entries: keep.map((k) => m.entries[k] as LexEntry<ActorPayload>), entryReadings, readings: entryReadings[0] as TokenReading[] };
}

/**
 * The actor lexicon's longest matches in a sentence with its stop words hidden («أمام» is no
 * «إمام», «وأن» no «وان», Van). A stop word that no match takes in changes no match (longest
 * match, left to right), so the sentence is matched again with them hidden only when a match
 * takes one in: the stop list is read for the few tokens inside matches, not for every token.
 */
function matchWithoutStopWords(a: Analysis, lex: Lexicon<ActorPayload>, stopWords: StopWords, s: Sentence): Array<LexMatch<ActorPayload>> {
  const tokens = a.tokens!;
  const found = lex.match(tokens, s.tokenStart, s.tokenEnd);
  const takesStopWord = found.some((m) => {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (stopWords.blocks(tokens[i] as Token, a.doc.text)) return true;
    return false;
  });
  return takesStopWord ? lex.match(stopWords.hide(tokens, a.doc.text, s.tokenStart, s.tokenEnd), s.tokenStart, s.tokenEnd) : found;
}

/** Finds actor-layer mentions and records the preposition that governs each. */
export const mentionStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'cues'],
  assigns: ['mentions'],
  run(a) {
    const lex = a.resources.lang[a.doc.lang].actors;
    const prepositionBefore = new Map<number, string>();
    for (const c of a.cues!) {
      if (c.cue === 'preposition' || c.cue === 'topic' || c.cue === 'temporal' || c.cue === 'anterior') prepositionBefore.set(c.tokenEnd, wordsOf(a.tokens!, c));
    }
    // «إلى كل من السودان وإريتريا»: the distributive كل من passes on the preposition before it;
    // «thousands of Tunisians»: after a quantity, of is no preposition of the people counted
    const quantityEnds = new Set(a.cues!.filter((c) => c.cue === 'quantifier').map((c) => c.tokenEnd));
    for (const [end, prep] of [...prepositionBefore]) {
      if (prep === 'من' && a.tokens![end - 2]?.norm === 'كل') prepositionBefore.set(end, prepositionBefore.get(end - 2) ?? '');
      if (prep === 'of' && quantityEnds.has(end - 1)) prepositionBefore.set(end, '');
    }
    const mentions: Mention[] = [];
    const stopWords = a.resources.stopWords[a.doc.lang];
    for (const s of a.sentences!) {
      for (const found of matchWithoutStopWords(a, lex, stopWords, s)) {
        const m = a.doc.lang === 'ar' ? keepWholeReadings(a, found) : found;
        if (!m || !englishCaseOk(a, a.tokens!, m)) continue;
        const first = m.readings[0];
        const last = m.readings[m.readings.length - 1];
        const pro = first?.split?.pro ?? '';
        const procliticPrep = first?.split?.preposition ? pro.replace(/^[وف]/, '').charAt(0) : null;
        const { start, end } = spanOf(a.tokens!, m);
        mentions.push({
          start, end, index: mentions.length, sentence: s.index, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd,
          payloads: m.entries.map((e) => e.payload), entryIds: m.entries.map((e) => e.id), readings: m.readings,
          proclitic: pro, enclitic: last?.split?.enc ?? '',
          preposition: procliticPrep ?? (prepositionBefore.get(m.tokenStart) || prepositionBefore.get(determinerStart(a.tokens!, m.tokenStart)) || null),
        });
      }
    }
    // «عمّان» is Amman, «سلطنة عمان» Oman: homographs settled by vowel marks and context
    a.mentions = a.doc.lang === 'ar' ? a.resources.homographs.settle(mentions, a.tokens!, a.doc.text) : mentions;
  },
};
