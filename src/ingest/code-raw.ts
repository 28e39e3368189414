/**
 * One raw document to a coded one, in a worker thread: HTML extraction, checks (empty, size, date,
 * language), then the coder. Every way a document can fail becomes a {@link FailureRecord} with the
 * document's origin and a reason; nothing is thrown.
 */
import { createHash } from 'node:crypto';
import { analyzeDocument } from '../coder.js';
import { parseIsoDate } from '../dates/calendar.js';
import { ISO_DATE_FORMS, isoDay } from '../dates/iso.js';
import { DEFAULT_PIPELINE } from '../pipeline/default.js';
import { loadResources } from '../resources.js';
import { MarsadError } from '../errors.js';
import type { Lang } from '../model/document.js';
import type { CodedDocument, FailureRecord } from '../store/write.js';
import { identifyLanguage } from '../text/language.js';
import { ExtractError, extractFragment, extractPage, type Extracted } from './html.js';
import type { RawDocument } from './raw.js';

/** Values that apply to every document that does not give its own. */
export interface IngestDefaults {
  date?: string;
  source?: string;
  sourceCountry?: string;
  lang?: Lang;
  /** Longest text accepted, in UTF-16 code units (HTML may be four times longer). */
  maxChars: number;
  /** A folder of dictionaries read over the built-in ones (`--dictionaries`), absolute. */
  dictionaries?: string;
}

/** The default {@link IngestDefaults.maxChars}: far above any news article. */
export const DEFAULT_MAX_CHARS = 1_000_000;

/** A raw document with its content hashes. */
export interface HashedDocument extends RawDocument { hash: string; bodyHash: string }

/** What coding one raw document gave. */
export type Outcome = { ok: true; doc: CodedDocument } | { ok: false; failure: FailureRecord };

/** The store's content hash: SHA-256 of the outlet, a NUL, and the text or HTML as read. */
export function contentHash(raw: RawDocument, defaults: Pick<IngestDefaults, 'source'>): string {
  return createHash('sha256').update(raw.source ?? defaults.source ?? '').update('\0').update(raw.text ?? raw.html ?? '').digest('hex');
}

/**
 * What tells a document from the stored ones. Two documents are the same when their text (or HTML)
 * as read is the same and they name the same outlet, or one of them names none: a file ingested
 * once with `--source` and once without is one document, while one wire story printed by two
 * outlets stays two documents (and two sources of its events).
 */
export interface DocumentIdentity {
  /** {@link contentHash}: outlet and text. */
  hash: string;
  /** SHA-256 of the text or HTML as read alone. */
  bodyHash: string;
  /** The content hash the same text would have with no outlet. */
  noSourceHash: string;
  /** True when an outlet is named (by the document or `--source`). */
  hasSource: boolean;
}

/** The identity of a raw document (see {@link DocumentIdentity}). */
export function documentIdentity(raw: RawDocument, defaults: Pick<IngestDefaults, 'source'>): DocumentIdentity {
  const source = raw.source ?? defaults.source ?? '';
  return {
    hash: contentHash(raw, defaults), noSourceHash: contentHash({ ...raw, source: '' }, {}),
    bodyHash: createHash('sha256').update(raw.text ?? raw.html ?? '').digest('hex'), hasSource: source !== '',
  };
}

/** Why a raw document is refused before any work on it (empty, too long), or null. */
export function precheck(raw: RawDocument, maxChars: number): FailureRecord | null {
  const body = raw.text ?? raw.html ?? '';
  if (body.trim() === '') return { origin: raw.origin, stage: 'read', kind: 'failed', reason: 'empty document (no text)' };
  const limit = raw.text !== undefined ? maxChars : maxChars * 4;
  if (body.length > limit) {
    return { origin: raw.origin, stage: 'size', kind: 'failed', reason: `document of ${body.length.toLocaleString('en')} characters is over the limit of ${limit.toLocaleString('en')} (--max-chars)` };
  }
  return null;
}

function fail(raw: RawDocument, stage: string, reason: string, kind: FailureRecord['kind'] = 'failed'): Outcome {
  return { ok: false, failure: { origin: raw.origin, stage, kind, reason } };
}

function extract(raw: RawDocument): Extracted | string {
  if (raw.text !== undefined) return { text: raw.text };
  try {
    return raw.htmlFragment ? extractFragment(raw.html ?? '') : extractPage(raw.html ?? '');
  } catch (err) {
    if (err instanceof ExtractError) return err.message;
    if (err instanceof RangeError) return `HTML could not be read (${err.message})`;
    throw err;
  }
}

function dateOf(raw: RawDocument, ex: Extracted, d: IngestDefaults): string | undefined | Error {
  if (raw.date !== undefined) {
    const day = isoDay(raw.date.trim());
    if (day) return day;
    return new Error(`field "date": expected ${ISO_DATE_FORMS} (found "${raw.date.slice(0, 40)}")`);
  }
  const meta = ex.date?.slice(0, 10);
  if (meta && parseIsoDate(meta)) return meta;
  return d.date;
}

function langOf(raw: RawDocument, ex: Extracted, text: string, d: IngestDefaults): Lang | string {
  const given = (raw.lang ?? d.lang)?.toLowerCase().slice(0, 2);
  if (given === 'ar' || given === 'en') return given;
  if (given) return `language "${raw.lang ?? d.lang}" is not coded (Marsad codes ar and en)`;
  const decision = identifyLanguage(text);
  return decision.lang ?? decision.reason;
}

/**
 * Codes one raw document.
 *
 * @returns the coded document (offsets in its events are UTF-16 code units into `doc.text`), or a failure naming its origin, stage and reason
 */
export function codeRaw(raw: HashedDocument, d: IngestDefaults): Outcome {
  const pre = precheck(raw, d.maxChars);
  if (pre) return { ok: false, failure: pre };
  const ex = extract(raw);
  if (typeof ex === 'string') return fail(raw, 'extract', ex);
  if (ex.text.trim() === '') return fail(raw, 'read', 'empty document (no text)');
  if (ex.text.length > d.maxChars) {
    return fail(raw, 'size', `extracted text of ${ex.text.length.toLocaleString('en')} characters is over the limit of ${d.maxChars.toLocaleString('en')} (--max-chars)`);
  }
  const date = dateOf(raw, ex, d);
  if (date instanceof Error) return fail(raw, 'parse', date.message);
  const lang = langOf(raw, ex, ex.text, d);
  if (lang !== 'ar' && lang !== 'en') return fail(raw, 'language', lang, 'skipped');
  const source = raw.source ?? ex.source ?? d.source;
  const extId = raw.id ?? raw.origin;
  const sourceCountry = raw.sourceCountry ?? d.sourceCountry;
  try {
    const resources = loadResources(d.dictionaries);
    if (raw.sourceCountry !== undefined && !resources.countryCodes.has(raw.sourceCountry)) {
      return fail(raw, 'parse', `field "sourceCountry": expected an ISO 3166-1 alpha-3 country code such as SYR (found "${raw.sourceCountry}")`);
    }
    const a = analyzeDocument({ id: extId, text: ex.text, lang, publishedAt: date, source, sourceCountry }, DEFAULT_PIPELINE, resources);
    const tokens = a.tokens ?? [];
    return {
      ok: true,
      doc: {
        hash: raw.hash, bodyHash: raw.bodyHash, extId, origin: raw.origin, lang, publishedAt: date ?? null, source: source ?? null,
        sourceCountry: a.doc.sourceCountry, url: raw.url ?? null, title: raw.title ?? ex.title ?? null, text: ex.text,
        searchText: tokens.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => t.norm).join(' '),
        sentences: a.sentences?.length ?? 0, tokens: tokens.length, events: a.events ?? [],
      },
    };
  } catch (err) {
    if (err instanceof MarsadError) return fail(raw, 'code', err.message.replace(/^marsad: /, ''));
    return fail(raw, 'code', `internal error: ${(err as Error).message}`);
  }
}
