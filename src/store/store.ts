/**
 * Opening the embedded SQLite store (better-sqlite3): WAL journal, foreign keys, schema migrations.
 */
import { existsSync } from 'node:fs';
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
 * Opens (and creates, unless read-only) a store, bringing its schema up to date.
 *
 * @param file - path of the SQLite file
 * @throws StoreError when the file is missing (read-only), not an SQLite database, or of a newer schema
 */
export function openStore(file: string, options: OpenOptions = {}): Store {
  let db: Database.Database;
  if (options.readonly && !existsSync(file)) throw new StoreError(`${file}: no such store; create one with marsad ingest --db ${file} FILES…`);
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new StoreError(`${file}: cannot open the store (${(err as Error).message})`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (options.readonly) checkVersion(db, file);
    else migrate(db, file);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${file}: not a Marsad store (${(err as Error).message})`);
  }
  return { db, file };
}

function checkVersion(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) throw new StoreError(`${file}: not a Marsad store (no schema); create one with marsad ingest`);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (version > latest) throw new StoreError(`${file}: store schema version ${version} is newer than this Marsad knows (${latest}); upgrade Marsad`);
  if (version < latest) throw new StoreError(`${file}: store schema version ${version} is older than this Marsad's (${latest}); run marsad ingest on it once to upgrade`);
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
