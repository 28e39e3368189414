/**
 * Matches of the event layer: triggers (with the rules they may fire) and cues.
 */
import type { Span } from '../model/document.js';
import type { TokenReading } from '../lexicon/lexicon.js';
import type { EventRule } from './rules.js';
import type { CueKind } from './cues.js';

/** A trigger word or phrase found in a sentence. */
export interface TriggerMatch extends Span {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  rules: EventRule[];
  reading: TokenReading;
}

/** A cue found in a sentence. */
export interface CueMatch extends Span {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  cue: CueKind;
  id: string;
  reading: TokenReading;
}
