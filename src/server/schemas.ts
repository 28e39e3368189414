/**
 * Request and response schemas of the HTTP API (zod, documented as OpenAPI by @hono/zod-openapi).
 * The event filters are the same schema as the CLI's (src/store/filters.ts).
 */
import { z } from '@hono/zod-openapi';
import { PLOVER_EVENTS } from '../model/event.js';
import { filterSchema } from '../store/filters.js';
import { EVENT_SORTS } from '../store/query.js';

/**
 * A whole number written in decimal digits only: `z.coerce.number()` would also take `0x10`, `1e3`,
 * ` 7` and `7.0`, so that two spellings name one resource.
 */
const decimal = (min: number, max: number): z.ZodType<number, string> => {
  const message = `expected a whole number ${max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`}, in decimal digits`;
  return z.string().regex(/^\d{1,15}$/, { message }).transform(Number).refine((n) => n >= min && n <= max, { message });
};

const count = (max: number, fallback: number) => decimal(1, max).default(fallback);
const offset = () => decimal(0, Number.MAX_SAFE_INTEGER).default(0);

/** Query parameters of GET /api/events. */
export const eventsQuery = filterSchema.extend({
  limit: count(500, 50).openapi({ description: 'events per page (1–500)' }),
  offset: offset(),
  sort: z.enum(EVENT_SORTS).default('date'),
});

/** Query parameters of the aggregate endpoints. */
export const aggregateQuery = filterSchema.extend({ limit: count(1000, 100) });

/** Query parameters of GET /api/search. */
export const searchQuery = z.object({
  q: z.string().trim().min(1, { message: 'expected a non-empty query' }).openapi({ description: 'words to find (word* for a prefix)' }),
  limit: count(100, 20),
  offset: offset(),
});

/** A path id. */
export const idParam = z.object({ id: decimal(1, Number.MAX_SAFE_INTEGER).openapi({ param: { name: 'id', in: 'path' }, example: '1' }) });

/** Body of POST /api/code. */
export const codeBody = z.strictObject({
  text: z.string().min(1, { message: 'expected a non-empty text' }),
  date: z.string().optional(),
  lang: z.enum(['ar', 'en']).optional(),
  source: z.string().optional(),
  sourceCountry: z.string().optional(),
}).openapi('CodeRequest');

const span = z.object({ start: z.number().int(), end: z.number().int() });
const actor = z.object({ country: z.string().nullable(), sector: z.string().nullable(), org: z.string().nullable(), name: z.string().nullable(), role: z.string().nullable(), spans: z.array(span), sources: z.array(z.string()) }).openapi('Actor');
const place = z.object({ id: z.string(), name: z.string(), country: z.string(), lat: z.number().nullable(), lon: z.number().nullable(), span: span.nullable() }).openapi('Place');

/** A coded event as the coder returns it (one document). */
export const eventRecord = z.object({
  id: z.string(), docId: z.string(), event: z.enum(PLOVER_EVENTS), mode: z.string().nullable(), contexts: z.array(z.string()), cameo: z.string(),
  quadClass: z.number().int(), goldstein: z.number(), actor: z.array(actor), recipient: z.array(actor), symmetric: z.boolean(), location: place.nullable(),
  date: z.string().nullable(), dateSource: z.string().nullable(), auxiliary: z.array(z.string()), sentence: z.number().int(), trigger: span, triggerText: z.string(), ruleId: z.string(),
  evidence: z.array(z.object({ sentence: z.number().int(), trigger: span, ruleId: z.string() })),
}).openapi('EventRecord');

/** An event across documents. */
export const storedEvent = z.object({
  id: z.number().int(), key: z.string(), event: z.enum(PLOVER_EVENTS), mode: z.string().nullable(), contexts: z.array(z.string()), cameo: z.string(),
  quadClass: z.number().int(), goldstein: z.number(), actor: z.array(actor), recipient: z.array(actor), symmetric: z.boolean(), location: place.nullable(),
  date: z.string().nullable(), dateSource: z.string().nullable(), auxiliary: z.array(z.string()),
  numMentions: z.number().int(), numDocuments: z.number().int(), numSources: z.number().int(), firstDocumentId: z.number().int(),
}).openapi('StoredEvent');

/** One document's report of an event. */
export const mention = z.object({
  id: z.number().int(), eventId: z.number().int(), documentId: z.number().int(), documentExtId: z.string(), source: z.string().nullable(),
  url: z.string().nullable(), publishedAt: z.string().nullable(), record: eventRecord,
}).openapi('Mention');

/** A stored document. */
export const document = z.object({
  id: z.number().int(), extId: z.string(), origin: z.string(), lang: z.enum(['ar', 'en']), publishedAt: z.string().nullable(), source: z.string().nullable(),
  sourceCountry: z.string().nullable(), url: z.string().nullable(), title: z.string().nullable(), text: z.string(), sentences: z.number().int(), tokens: z.number().int(),
}).openapi('Document');

/** An error body. */
export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');
