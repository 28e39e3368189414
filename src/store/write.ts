/**
 * Writing coded documents, failures and runs to the store. A batch is one transaction: a document
 * lands with all its events and mentions or not at all, so a killed run, run again, finishes the
 * job without duplicates or loss.
 */
import { normalize } from 'node:path';
import type { MarsadEvent } from '../model/event.js';
import { eventKey, sideCode, unrealModes } from './event-key.js';
import { stmt, type Store } from './store.js';

/** A document coded and ready to store. */
export interface CodedDocument {
  /** SHA-256 hex of the outlet and the text as read (`contentHash`): the store holds each once. */
  hash: string;
  /** SHA-256 hex of the text (or HTML) as read alone. */
  bodyHash: string;
  /** The document's own id (from the input), or one made from its origin. */
  extId: string;
  /** Where it came from: `file`, `file:line` or `file#item`. */
  origin: string;
  lang: 'ar' | 'en';
  /** ISO 8601 date or null. */
  publishedAt: string | null;
  source: string | null;
  sourceCountry: string | null;
  url: string | null;
  title: string | null;
  text: string;
  /** The text in matching-normalized form, for the full-text index. */
  searchText: string;
  sentences: number;
  tokens: number;
  events: MarsadEvent[];
}

/** A document that could not be coded, or was left out on purpose. */
export interface FailureRecord {
  origin: string;
  /** The step that failed: read, parse, extract, language, size, code. */
  stage: string;
  kind: 'failed' | 'skipped';
  reason: string;
}

/** What one batch changed. */
export interface BatchResult {
  added: number;
  unchanged: number;
  eventsAdded: number;
  mentionsAdded: number;
}

/** Starts a run and returns its id. */
export function startRun(store: Store, command: string): number {
  const info = stmt(store, 'INSERT INTO runs (started_at, command) VALUES (?, ?)').run(new Date().toISOString(), command);
  return Number(info.lastInsertRowid);
}

/** Counts a run keeps. */
export interface RunCounts { seen: number; added: number; unchanged: number; skipped: number; failed: number; eventsAdded: number }

/** Records a run's counts and, when `finished`, its end time. */
export function updateRun(store: Store, runId: number, c: RunCounts, finished: boolean): void {
  stmt(store, `UPDATE runs SET seen = ?, added = ?, unchanged = ?, skipped = ?, failed = ?, events_added = ?,
    finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?`)
    .run(c.seen, c.added, c.unchanged, c.skipped, c.failed, c.eventsAdded, finished ? 1 : 0, new Date().toISOString(), runId);
}

/** True when a document with this content hash is already stored. */
export function hasDocument(store: Store, hash: string): boolean {
  return stmt(store, 'SELECT 1 FROM documents WHERE hash = ?').get(hash) !== undefined;
}

/**
 * True when the store holds the same document: the same outlet and text (`hash`), the same text
 * with no outlet (`noSourceHash`), or — when the new one names no outlet — the same text from any
 * outlet (`bodyHash`; documents stored before schema 2 from HTML have none and match by hash only).
 */
export function hasSameDocument(store: Store, id: { hash: string; noSourceHash: string; bodyHash: string; hasSource: boolean }): boolean {
  if (stmt(store, 'SELECT 1 FROM documents WHERE hash IN (?, ?)').get(id.hash, id.noSourceHash) !== undefined) return true;
  return !id.hasSource && stmt(store, 'SELECT 1 FROM documents WHERE body_hash = ?').get(id.bodyHash) !== undefined;
}

/**
 * Writes a batch of coded documents and failures in one transaction.
 *
 * @returns how many documents were new, how many were already stored, and the new events and mentions
 */
export function writeBatch(store: Store, runId: number, docs: readonly CodedDocument[], failures: readonly FailureRecord[]): BatchResult {
  const result: BatchResult = { added: 0, unchanged: 0, eventsAdded: 0, mentionsAdded: 0 };
  store.db.transaction(() => {
    for (const f of failures) writeFailure(store, runId, f);
    for (const d of docs) {
      const docId = insertDocument(store, runId, d);
      if (docId === null) {
        result.unchanged++;
        continue;
      }
      result.added++;
      const touched = new Set<number>();
      for (const e of d.events) {
        const { eventId, created } = upsertEvent(store, runId, docId, e, d.hash);
        if (created) result.eventsAdded++;
        insertMention(store, eventId, docId, e);
        result.mentionsAdded++;
        touched.add(eventId);
      }
      for (const id of touched) refreshCounts(store, id);
    }
  })();
  return result;
}

function insertDocument(store: Store, runId: number, d: CodedDocument): number | null {
  const info = stmt(store, `INSERT OR IGNORE INTO documents (hash, body_hash, ext_id, origin, lang, published_at, source, source_country, url, title, text, sentences, tokens, run_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(d.hash, d.bodyHash, d.extId, d.origin, d.lang, d.publishedAt, d.source, d.sourceCountry, d.url, d.title, d.text, d.sentences, d.tokens, runId);
  if (info.changes === 0) return null;
  const id = Number(info.lastInsertRowid);
  stmt(store, 'INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)').run(id, d.title ?? '', d.searchText);
  return id;
}

function upsertEvent(store: Store, runId: number, docId: number, e: MarsadEvent, hash: string): { eventId: number; created: boolean } {
  const key = eventKey(e, hash);
  const existing = stmt(store, 'SELECT id FROM events WHERE key = ?').get(key) as { id: number } | undefined;
  if (existing) return { eventId: existing.id, created: false };
  const info = stmt(store, `INSERT INTO events (key, event, mode, contexts, cameo, quad_class, goldstein, actor, recipient, actor_code, recipient_code, symmetric,
      location, place_country, lat, lon, date, date_source, auxiliary, unreal, first_document_id, run_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(key, e.event, e.mode, JSON.stringify(e.contexts), e.cameo, e.quadClass, e.goldstein, JSON.stringify(e.actor), JSON.stringify(e.recipient),
      sideCode(e.actor), sideCode(e.recipient),
      e.symmetric ? 1 : 0, e.location ? JSON.stringify(e.location) : null, e.location?.country ?? null, e.location?.lat ?? null, e.location?.lon ?? null,
      e.date, e.dateSource, JSON.stringify(e.auxiliary), unrealModes(e).length > 0 ? 1 : 0, docId, runId);
  const eventId = Number(info.lastInsertRowid);
  const addActor = stmt(store, 'INSERT INTO event_actors (event_id, role, country, sector, org) VALUES (?, ?, ?, ?, ?)');
  for (const a of e.actor) addActor.run(eventId, 'actor', a.country, a.sector, a.org);
  for (const a of e.recipient) addActor.run(eventId, 'recipient', a.country, a.sector, a.org);
  return { eventId, created: true };
}

function insertMention(store: Store, eventId: number, docId: number, e: MarsadEvent): void {
  stmt(store, `INSERT INTO mentions (event_id, document_id, doc_event_id, sentence, trigger_start, trigger_end, trigger_text, rule_id, record)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(eventId, docId, e.id, e.sentence, e.trigger.start, e.trigger.end, e.triggerText, e.ruleId, JSON.stringify(e));
}

function refreshCounts(store: Store, eventId: number): void {
  stmt(store, `UPDATE events SET
      num_mentions = (SELECT count(*) FROM mentions WHERE event_id = @id),
      num_documents = (SELECT count(DISTINCT document_id) FROM mentions WHERE event_id = @id),
      num_sources = (SELECT count(DISTINCT coalesce(d.source, d.origin)) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = @id)
    WHERE id = @id`).run({ id: eventId });
}

function writeFailure(store: Store, runId: number, f: FailureRecord): void {
  stmt(store, `INSERT INTO failures (origin, stage, kind, reason, first_run, last_run) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (origin, stage, reason) DO UPDATE SET last_run = excluded.last_run, resolved_run = NULL`)
    .run(f.origin, f.stage, f.kind, f.reason, runId, runId);
}

/**
 * Marks resolved the failures of inputs a run read again without failing the same way: those under
 * the given paths (the path itself, `path/…`, `path:line`, `path#item`) last recorded by an earlier
 * run. A run re-records every failure it meets, so what stays outstanding is what still fails. The
 * rows are kept, with the run that resolved them.
 *
 * @param paths - the paths the run was given (as given; a trailing slash is ignored)
 * @returns how many failures were resolved
 */
export function resolveFailures(store: Store, runId: number, paths: readonly string[]): number {
  const update = stmt(store, `UPDATE failures SET resolved_run = @run WHERE resolved_run IS NULL AND last_run < @run
    AND (origin = @path OR substr(origin, 1, length(@path) + 1) IN (@path || '/', @path || ':', @path || '#'))`);
  let n = 0;
  store.db.transaction(() => {
    for (const p of new Set(paths.flatMap((p) => [p, normalize(p).replace(/(?<=.)\/+$/, '')]))) n += update.run({ run: runId, path: p }).changes;
  })();
  return n;
}
