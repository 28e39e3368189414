/**
 * What the readers of `marsad ingest` produce: raw documents (text or HTML with whatever metadata
 * the input carries) and failures, each named by its origin (`file`, `file:line`, `file#item`).
 */
import type { FailureRecord } from '../store/write.js';

/** A document as read from its input, before extraction and checks. */
export interface RawDocument {
  origin: string;
  /** The input's own id, when it gives one. */
  id?: string;
  text?: string;
  /** HTML to extract the main text from (used when `text` is absent). */
  html?: string;
  /** Text that is already plain (a feed item's HTML content is stripped, not run through Readability). */
  htmlFragment?: boolean;
  date?: string;
  source?: string;
  /** The outlet's home country (ISO 3166-1 alpha-3), when the input gives it. */
  sourceCountry?: string;
  url?: string;
  lang?: string;
  title?: string;
}

/** One item a reader yields. */
export type SourceItem = ({ kind: 'document'; doc: RawDocument } | { kind: 'failure'; failure: FailureRecord }) & {
  /** Input bytes this item accounts for, when the reader knows (JSON Lines: its line), for progress. */
  bytes?: number;
};

/** A failure item. */
export function failure(origin: string, stage: string, reason: string, kind: FailureRecord['kind'] = 'failed'): SourceItem {
  return { kind: 'failure', failure: { origin, stage, kind, reason } };
}
