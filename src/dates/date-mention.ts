/**
 * A date expression found in a sentence and the calendar date it denotes.
 */
import type { Span } from '../model/document.js';
import type { DateSource } from '../model/event.js';

/** One resolved date expression. */
export interface DateMention extends Span {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** ISO 8601 date `YYYY-MM-DD`. */
  date: string;
  source: Exclude<DateSource, 'publication'>;
  /** True when the date lies after the publication date (a planned event). */
  future: boolean;
  /** True when only the week or month is known. */
  approximate: boolean;
}
