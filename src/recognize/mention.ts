/**
 * A mention: a dictionary match of the actor layer (country, nisba, place, metonym, organisation,
 * agent, anaphor), with its token range, original span and how the text inflects it.
 */
import type { Span } from '../model/document.js';
import type { TokenReading } from '../lexicon/lexicon.js';
import type { ActorPayload } from './payload.js';

/** One actor-layer match. */
export interface Mention extends Span {
  /** Index in the document's mention list. */
  index: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Every reading of the phrase (an ambiguous name has several). */
  payloads: ActorPayload[];
  entryIds: string[];
  /** The reading of each token. */
  readings: TokenReading[];
  /** Proclitics on the first token (e.g. "وبال"), "" for none. */
  proclitic: string;
  /** Enclitic pronoun on the last token, "" for none. */
  enclitic: string;
  /** A preposition that governs the mention: a proclitic ب ل ك, or the preposition word before it (في، مع، إلى…), else null. */
  preposition: string | null;
}
