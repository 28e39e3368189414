/**
 * The store's schema as an ordered list of migrations. `PRAGMA user_version` records how many have
 * been applied; opening a store applies the rest, each in its own transaction.
 *
 * Tables follow GDELT 2.0's events/mentions split: an `events` row is one event across documents
 * (same date, event type, actor, recipient and unreal modes), a `mentions` row is one document's
 * report of it, with its evidence spans.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { StoreError } from '../errors.js';

/** One schema step: SQL, then (in the same transaction) a data step that SQL alone cannot do. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  run?: (db: Database.Database) => void;
}

const sha256 = (...parts: string[]): string => {
  const h = createHash('sha256');
  parts.forEach((p, i) => h.update(i === 0 ? p : `\0${p}`));
  return h.digest('hex');
};

/**
 * Fills `documents.body_hash` (SHA-256 of the text as read) where it can be known: a document's
 * `hash` is SHA-256 of its outlet and its text as read, so when that hash recomputed from the
 * stored outlet and text matches, the stored text is the text as read. An HTML page's stored text is
 * extracted from the HTML, so its body hash stays unknown (NULL).
 */
function fillBodyHashes(db: Database.Database): void {
  const update = db.prepare('UPDATE documents SET body_hash = ? WHERE id = ?');
  const page = db.prepare('SELECT id, hash, source, text FROM documents WHERE id > ? ORDER BY id LIMIT 500');
  for (let after = 0; ;) {
    const rows = page.all(after) as Array<{ id: number; hash: string; source: string | null; text: string }>;
    for (const r of rows) if (sha256(r.source ?? '', r.text) === r.hash) update.run(sha256(r.text), r.id);
    if (rows.length < 500) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Every migration, in order; append, never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, events, mentions, runs, failures, full-text index',
    sql: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  command TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0,
  added INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  events_added INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  ext_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  lang TEXT NOT NULL,
  published_at TEXT,
  source TEXT,
  source_country TEXT,
  url TEXT,
  title TEXT,
  text TEXT NOT NULL,
  sentences INTEGER NOT NULL,
  tokens INTEGER NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX documents_ext_id ON documents(ext_id);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  event TEXT NOT NULL,
  mode TEXT,
  contexts TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  actor TEXT NOT NULL,
  recipient TEXT NOT NULL,
  actor_code TEXT NOT NULL,
  recipient_code TEXT NOT NULL,
  symmetric INTEGER NOT NULL,
  location TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  date TEXT,
  date_source TEXT,
  auxiliary TEXT NOT NULL,
  unreal INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_documents INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  first_document_id INTEGER NOT NULL REFERENCES documents(id),
  run_id INTEGER NOT NULL REFERENCES runs(id)
);
CREATE INDEX events_date ON events(unreal, date, id);
CREATE INDEX events_event ON events(event, date);
CREATE INDEX events_dyad ON events(actor_code, recipient_code);
CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id),
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  country TEXT,
  sector TEXT,
  org TEXT
);
CREATE INDEX event_actors_code ON event_actors(role, country, sector);
CREATE INDEX event_actors_event ON event_actors(event_id);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  doc_event_id TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  record TEXT NOT NULL,
  UNIQUE (document_id, doc_event_id)
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE TABLE failures (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  stage TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('failed', 'skipped')),
  reason TEXT NOT NULL,
  first_run INTEGER NOT NULL REFERENCES runs(id),
  last_run INTEGER NOT NULL REFERENCES runs(id),
  UNIQUE (origin, stage, reason)
);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'failures resolved by a later run; documents keyed by text alone when an outlet is unknown',
    sql: `
ALTER TABLE failures ADD COLUMN resolved_run INTEGER REFERENCES runs(id);
CREATE INDEX failures_outstanding ON failures(resolved_run, origin);
ALTER TABLE documents ADD COLUMN body_hash TEXT;
CREATE INDEX documents_body_hash ON documents(body_hash);
`,
    run: fillBodyHashes,
  },
];

/**
 * Brings a store's schema up to date.
 *
 * @returns the number of migrations applied now
 * @throws StoreError when the file was written by a newer Marsad (its version is above the last migration)
 */
export function migrate(db: Database.Database, file: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new StoreError(`${file}: store schema version ${current} is newer than this Marsad knows (${latest}); upgrade Marsad`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      m.run?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending.length;
}
