/**
 * Store rows to records: an event across documents, a mention, a document.
 */
import type { Actor, Auxiliary, DateSource, MarsadEvent, Place, PloverEvent } from '../model/event.js';
import type { CodedDocument } from './write.js';

/** An event as stored: one event across documents, with its mention counts (GDELT's NumMentions, NumSources, NumArticles). */
export interface StoredEvent extends Omit<MarsadEvent, 'id' | 'docId' | 'sentence' | 'trigger' | 'triggerText' | 'ruleId' | 'evidence'> {
  id: number;
  /** The cross-document key (see `eventKey`). */
  key: string;
  numMentions: number;
  numDocuments: number;
  numSources: number;
  firstDocumentId: number;
}

/** The events table's row. */
export interface EventRow {
  id: number; key: string; event: string; mode: string | null; contexts: string; cameo: string; quad_class: number; goldstein: number;
  actor: string; recipient: string; symmetric: number; location: string | null; date: string | null; date_source: string | null;
  auxiliary: string; num_mentions: number; num_documents: number; num_sources: number; first_document_id: number;
}

/** An events row as a {@link StoredEvent}. */
export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: r.id, key: r.key, event: r.event as PloverEvent, mode: r.mode, contexts: JSON.parse(r.contexts) as string[], cameo: r.cameo,
    quadClass: r.quad_class as 1 | 2 | 3 | 4, goldstein: r.goldstein, actor: JSON.parse(r.actor) as Actor[], recipient: JSON.parse(r.recipient) as Actor[],
    symmetric: r.symmetric === 1, location: r.location ? JSON.parse(r.location) as Place : null, date: r.date,
    dateSource: r.date_source as DateSource | null, auxiliary: JSON.parse(r.auxiliary) as Auxiliary[],
    numMentions: r.num_mentions, numDocuments: r.num_documents, numSources: r.num_sources, firstDocumentId: r.first_document_id,
  };
}

/** One document's report of a stored event: the in-document event record with its evidence spans (UTF-16 offsets into the document's text). */
export interface StoredMention {
  id: number;
  eventId: number;
  documentId: number;
  documentExtId: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  record: MarsadEvent;
}

/** A stored document: what was coded, without its hash, search form and events, with its store id. */
export interface StoredDocument extends Omit<CodedDocument, 'hash' | 'bodyHash' | 'searchText' | 'events'> {
  id: number;
}
