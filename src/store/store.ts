/**
 * Opening the embedded SQLite store (better-sqlite3): WAL journal, foreign keys, schema migrations.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { MIGRATIONS, migrate } from './migrations.js';

/** The default store file, relative to the working directory. */
export const DEFAULT_STORE = 'marsad.db';

/** An open store. */
export interface Store {
  db: Database.Database;
  /** The file path as the user gave it, for messages. */
  file: string;
}

/** How to open a store. */
export interface OpenOptions {
  /** Open an existing store read-only (queries, the HTTP API); it must exist. */
  readonly?: boolean;
}

/**
 * Opens (and creates, unless read-only) a store, bringing its schema up to date — also for a
 * read-only open, when the file can be written. A read-only store in a read-only folder is read
 * too (see {@link openReadonly}).
 *
 * @param file - path of the SQLite file
 * @throws StoreError when the file is missing (read-only), not an SQLite database, of a newer schema,
 *   or of an older schema that cannot be upgraded (a read-only file or folder)
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  return openOnce(file, options, true);
}

function openOnce(file: string, options: OpenOptions, mayUpgrade: boolean): Store {
  let db: Database.Database;
  if (options.readonly && !existsSync(file)) throw new StoreError(`${file}: no such store; create one with marsad ingest --db ${file} FILES…`);
  try {
    db = options.readonly ? openReadonly(file) : new Database(file);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${file}: cannot open the store (${(err as Error).message})`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, file);
    else if (checkVersion(db, file) === 'older') {
      db.close();
      if (!mayUpgrade) throw new StoreError(`${file}: the store's schema could not be brought up to date`);
      upgrade(file);
      return openOnce(file, options, false);
    }
  } catch (err) {
    if (db.open) db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${file}: not a Marsad store (${(err as Error).message})`);
  }
  return { db, file };
}

/**
 * Brings an older store's schema up to date for a read-only command (the migrations are versioned
 * and each runs in its own transaction, so this is what the next `ingest` would do first).
 *
 * @throws StoreError when the store cannot be opened for writing (a read-only file or folder)
 */
function upgrade(file: string): void {
  let store: Store;
  try {
    store = openStore(file);
  } catch (err) {
    throw new StoreError(`${file}: the store's schema is older than this Marsad's and cannot be upgraded here (${(err as Error).message}); `
      + 'run marsad ingest on it once where it is writable');
  }
  closeStore(store);
}

/** SQLite's answers when a read-only connection cannot create the WAL index (`-shm`) beside the store. */
const WAL_INDEX_ERRORS = new Set(['SQLITE_READONLY', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_IOERR_LOCK']);

/**
 * Opens a store read-only. A store in WAL mode needs its `-shm` file to be read, and SQLite creates
 * it when missing, which a read-only folder forbids (https://sqlite.org/wal.html#readonly). When the
 * `-wal` file is missing or empty too, every committed change is in the store file itself: it is
 * then read into memory and opened from there, marked as a rollback-journal database (the header's
 * bytes 18–19, https://sqlite.org/fileformat.html#file_format_version_numbers); the file is not
 * changed.
 *
 * @throws StoreError when the `-wal` file holds changes that cannot be read without the `-shm` file
 */
function openReadonly(file: string): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('schema_version'); // SQLite opens the file and the WAL index on the first statement
    return db;
  } catch (err) {
    db.close();
    if (!WAL_INDEX_ERRORS.has((err as { code?: string }).code ?? '') || existsSync(`${file}-shm`)) throw err;
  }
  const walBytes = existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0;
  if (walBytes > 0) {
    throw new StoreError(`${file}: cannot read the store: its folder is read-only, its ${file}-shm file is missing, and ${file}-wal holds changes not yet in the store; `
      + 'open it once where the folder is writable (any marsad command), or copy the store with its -wal file to a writable folder');
  }
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') throw new StoreError(`${file}: not a Marsad store (not an SQLite database)`);
  if (bytes[18] === 2) bytes[18] = bytes[19] = 1; // WAL → rollback journal, in this copy only
  return new Database(bytes, { readonly: true });
}

/** Whether a store's schema is this Marsad's (`current`) or an older one it can migrate (`older`). */
function checkVersion(db: Database.Database, file: string): 'current' | 'older' {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) throw new StoreError(`${file}: not a Marsad store (no schema); create one with marsad ingest`);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (version > latest) throw new StoreError(`${file}: store schema version ${version} is newer than this Marsad knows (${latest}); upgrade Marsad`);
  return version < latest ? 'older' : 'current';
}

/** Closes a store (checkpointing its WAL). */
export function closeStore(store: Store): void {
  store.db.close();
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement for `sql`, prepared once per open store. */
export function stmt(store: Store, sql: string): Database.Statement {
  let cache = statements.get(store.db);
  if (!cache) statements.set(store.db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = store.db.prepare(sql)));
  return s;
}
