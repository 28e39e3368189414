/**
 * One sentence's material for the event coder: its tokens, actor phrases, triggers, cues and dates,
 * with position lookups.
 */
import type { Lang, Sentence, Token } from '../model/document.js';
import type { Analysis } from '../pipeline/analysis.js';
import type { Actor } from '../model/event.js';
import { pairBefore } from '../resolve/discourse.js';
import type { ResolvedActor } from '../resolve/resolved-actor.js';
import type { DateMention } from '../dates/date-mention.js';
import type { CueMatch, TriggerMatch } from './matches.js';
import type { CueKind } from './cues.js';

/** Everything the coder reads about one sentence. */
export interface SentenceView {
  lang: Lang;
  /** The document's original text. */
  text: string;
  sentence: Sentence;
  tokens: readonly Token[];
  actors: ResolvedActor[];
  triggers: TriggerMatch[];
  /** Triggers set aside as readings of no event of their own (back-references such as «خلال اللقاء»). */
  setAside: TriggerMatch[];
  cues: CueMatch[];
  dates: DateMention[];
  /** The document's main dyad before a token (see `pairBefore`). */
  pairAt: (token: number) => [Actor, Actor] | null;
  /** Every actor phrase of the document, for coreference across sentences. */
  documentActors: readonly ResolvedActor[];
}

/** Splits the document's annotations by sentence. */
export function sentenceViews(a: Analysis): SentenceView[] {
  const pairAt = (token: number): [Actor, Actor] | null => pairBefore(a.actors!, token);
  const views = a.sentences!.map((sentence): SentenceView => ({ lang: a.doc.lang, text: a.doc.text, sentence, tokens: a.tokens!, actors: [], triggers: [], setAside: [], cues: [], dates: [], pairAt, documentActors: a.actors! }));
  for (const x of a.actors!) views[x.sentence]?.actors.push(x);
  for (const x of a.triggers!) views[x.sentence]?.triggers.push(x);
  for (const x of a.cues!) views[x.sentence]?.cues.push(x);
  // a verb cue inside an actor's name («the United States», «Islamic State», «Secretary of State») is no verb
  for (const v of views) {
    if (v.actors.length === 0) continue;
    v.cues = v.cues.filter((c) => !c.reading.verb || !v.actors.some((r) => r.tokenStart <= c.tokenStart && c.tokenEnd <= r.tokenEnd));
  }
  for (const x of a.dates!) views[x.sentence]?.dates.push(x);
  return views;
}

/** Cues of the given kinds in `[from, to)`. */
export function cuesIn(v: SentenceView, kinds: readonly CueKind[], from: number, to: number): CueMatch[] {
  return v.cues.filter((c) => kinds.includes(c.cue) && c.tokenStart >= from && c.tokenEnd <= to);
}

/** The start of the clause holding token `i`: the sentence start, or just after the last complementizer or relative before it. */
export function clauseStart(v: SentenceView, i: number): number {
  let start = v.sentence.tokenStart;
  for (const c of v.cues) {
    if ((c.cue === 'complementizer' || c.cue === 'relative') && c.tokenEnd <= i && c.tokenEnd > start) start = c.tokenEnd;
  }
  return start;
}
