/**
 * Finding and reading ingest inputs: files and folders (recursively, in sorted order), gzip
 * decompression, and the reader for each file type.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readCsv } from './csv.js';
import { decodeText } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { failure, type SourceItem } from './raw.js';

/** File types ingest reads, by extension; any of them may also end in `.gz`. */
export const INGEST_TYPES = {
  text: ['.txt', '.text'],
  html: ['.html', '.htm', '.xhtml'],
  jsonl: ['.jsonl', '.ndjson'],
  feed: ['.rss', '.atom', '.xml'],
  csv: ['.csv'],
} as const;
type FileType = keyof typeof INGEST_TYPES;

/** Decompressed files larger than this are refused (a gzip bomb would otherwise fill memory). */
const MAX_GUNZIP_BYTES = 512 * 1024 * 1024;

function typeOf(name: string): FileType | null {
  const ext = extname(name).toLowerCase();
  for (const [type, exts] of Object.entries(INGEST_TYPES) as Array<[FileType, readonly string[]]>) {
    if (exts.includes(ext)) return type;
  }
  return null;
}

/** Every file under the given paths, folders walked recursively in sorted order; unreadable paths as failures. */
export function* listFiles(paths: readonly string[]): Generator<{ file: string } | { failure: SourceItem }> {
  const seen = new Set<string>();
  for (const p of paths) yield* walk(p, seen);
}

function* walk(path: string, seen: Set<string>): Generator<{ file: string } | { failure: SourceItem }> {
  let real: string;
  let isDir: boolean;
  try {
    if (path === '') throw Object.assign(new Error('empty path'), { code: 'ENOENT' });
    real = realpathSync(path);
    const st = statSync(real);
    isDir = st.isDirectory();
    if (!isDir && !st.isFile()) {
      yield { failure: failure(path, 'read', 'not a regular file (a device, FIFO or socket); expected a file or a folder', 'skipped') };
      return;
    }
  } catch (err) {
    yield { failure: failure(path, 'read', `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  if (!isDir) {
    yield { file: path };
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(path).filter((e) => !e.startsWith('.')).sort();
  } catch (err) {
    yield { failure: failure(path, 'read', `cannot read the folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`) };
    return;
  }
  for (const e of entries) yield* walk(join(path, e), seen);
}

/**
 * Reads one file into documents and failures.
 *
 * @param file - its path, used as the origin of what it yields
 */
export function* readFile(file: string): Generator<SourceItem> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    yield failure(file, 'read', `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return;
  }
  let name = file;
  if (extname(file).toLowerCase() === '.gz') {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIP_BYTES });
    } catch (err) {
      yield failure(file, 'read', `not a readable gzip file (${(err as Error).message})`);
      return;
    }
    name = file.slice(0, -3);
  }
  const type = typeOf(name);
  if (type === null) {
    yield failure(file, 'read', `unsupported file type "${extname(name) || '(none)'}" (expected ${Object.values(INGEST_TYPES).flat().join(', ')}, optionally .gz)`, 'skipped');
    return;
  }
  yield* readTyped(bytes, file, type);
}

/** A feed saved as .html: its XML declaration, not a `<meta charset>`, names its encoding. */
function decodeAsXml(bytes: Uint8Array, asHtml: string): string {
  const decoded = decodeText(bytes, 'xml');
  return 'text' in decoded ? decoded.text : asHtml;
}

function* readTyped(bytes: Uint8Array, origin: string, type: FileType): Generator<SourceItem> {
  if (bytes.length === 0) return yield failure(origin, 'read', 'empty file');
  if (type === 'jsonl') return yield* readJsonl(bytes, origin);
  if (type === 'csv') return yield* readCsv(bytes, origin);
  const decoded = decodeText(bytes, type === 'feed' ? 'xml' : type === 'html' ? 'html' : 'text');
  if ('reason' in decoded) return yield failure(origin, 'read', decoded.reason);
  const { text } = decoded;
  if (type === 'feed' || (type === 'html' && looksLikeFeed(text))) return yield* readFeed(type === 'html' ? decodeAsXml(bytes, text) : text, origin);
  if (type === 'html') return yield { kind: 'document', doc: { origin, html: text } };
  yield { kind: 'document', doc: { origin, text } };
}
