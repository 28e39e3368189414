/**
 * The HTTP API (Hono): read-only JSON over a store, plus POST /api/code, which codes a text without
 * storing it. Validation errors and thrown errors become `{"error": {code, message}}` in one place.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { describeIssue } from '../data/issues.js';
import { ERROR_CODES, InputError } from '../errors.js';
import { PLOVER_EVENTS } from '../model/event.js';
import { SECTORS } from '../recognize/codes.js';
import { actorStats, dyadSeries, placeStats, searchDocuments, storeTotals } from '../store/aggregates.js';
import { checkedFilter, filterSchema, type EventFilter } from '../store/filters.js';
import type { z } from '@hono/zod-openapi';
import { documentMentions, eventMentions, getDocument, getEvent, queryEvents } from '../store/query.js';
import { storeStats } from '../store/stats.js';
import type { Store } from '../store/store.js';
import type { CodePool } from './code-pool.js';
import { ApiError, errorResponse } from './errors.js';
import { actorsRoute, codeRoute, documentRoute, dyadsRoute, eventRoute, eventsRoute, metaRoute, placesRoute, searchRoute, timelineRoute } from './routes.js';

/** Largest POST /api/code body, in bytes. */
export const MAX_CODE_BYTES = 1024 * 1024;

/** QuadClass names (CAMEO codebook, "QuadClass"). */
export const QUAD_CLASSES = [
  { id: 1, name: 'Verbal cooperation' }, { id: 2, name: 'Material cooperation' }, { id: 3, name: 'Verbal conflict' }, { id: 4, name: 'Material conflict' },
];

function filterOf(q: z.output<typeof filterSchema>): EventFilter {
  return checkedFilter(q, 'param');
}

/** Options of the app. */
export interface AppOptions {
  /** Where internal errors are logged (default: standard error). */
  log?: (s: string) => void;
}

/**
 * Refuses a query parameter given more than once (`?event=A&event=B`): every parameter takes one
 * value, and a second one would otherwise be dropped or fail with a message about arrays.
 *
 * @throws InputError naming the parameter
 */
function checkSingleValues(url: string): void {
  const counts = new Map<string, number>();
  for (const key of new URL(url).searchParams.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, n] of counts) {
    if (n > 1) throw new InputError(`${key}: given ${n} times, expected one value (each parameter takes one value)`);
  }
}

/**
 * The API over an open store.
 *
 * @param coder - codes POST /api/code texts off the event loop (a {@link CodePool})
 * @returns a Hono app; serve it with @hono/node-server or call `app.request()` in tests
 */
export function createApi(store: Store, coder: Pick<CodePool, 'code'>, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const input = result.target === 'query' ? c.req.query() : result.target === 'param' ? c.req.param() : undefined;
      const where = result.target === 'json' ? 'body field ' : '';
      const message = issue ? describeIssue(issue, input).replace(/ \(found nothing\)$/, input ? ' (found nothing)' : '') : 'invalid request';
      throw new InputError(`${where}${message.replace(/^field "([^"]*)"/, '$1')}`);
    },
  });
  app.onError((err, c) => errorResponse(err, c, options.log));
  app.notFound((c) => errorResponse(new ApiError(ERROR_CODES.NOT_FOUND, `no route ${c.req.method} ${c.req.path}`), c));
  app.use('/api/*', async (c, next) => {
    checkSingleValues(c.req.url);
    await next();
  });

  app.openapi(eventsRoute, (c) => {
    const q = c.req.valid('query');
    return c.json(queryEvents(store, filterOf(q), { limit: q.limit, offset: q.offset, sort: q.sort }), 200);
  });
  app.openapi(eventRoute, (c) => {
    const { id } = c.req.valid('param');
    const event = getEvent(store, id);
    if (!event) throw new ApiError(ERROR_CODES.NOT_FOUND, `no event ${id}`);
    return c.json({ event, mentions: eventMentions(store, id) }, 200);
  });
  app.openapi(documentRoute, (c) => {
    const { id } = c.req.valid('param');
    const document = getDocument(store, id);
    if (!document) throw new ApiError(ERROR_CODES.NOT_FOUND, `no document ${id}`);
    return c.json({ document, mentions: documentMentions(store, id) }, 200);
  });
  app.openapi(actorsRoute, (c) => c.json({ actors: actorStats(store, filterOf(c.req.valid('query')), c.req.valid('query').limit) }, 200));
  app.openapi(dyadsRoute, (c) => c.json({ dyads: dyadSeries(store, filterOf(c.req.valid('query')), c.req.valid('query').limit) }, 200));
  app.openapi(timelineRoute, (c) => c.json({ days: storeStats(store, filterOf(c.req.valid('query')), 1).byDay }, 200));
  app.openapi(placesRoute, (c) => c.json({ places: placeStats(store, filterOf(c.req.valid('query')), c.req.valid('query').limit) }, 200));
  app.openapi(searchRoute, (c) => {
    const q = c.req.valid('query');
    return c.json(searchDocuments(store, q.q, q.limit, q.offset), 200);
  });
  app.use('/api/code', bodyLimit({
    maxSize: MAX_CODE_BYTES,
    onError: () => { throw new ApiError(ERROR_CODES.PAYLOAD_TOO_LARGE, `request body over ${MAX_CODE_BYTES} bytes; code longer texts with marsad ingest`); },
  }));
  app.openapi(codeRoute, async (c) => {
    const b = c.req.valid('json');
    const doc = { id: 'request', text: b.text, publishedAt: b.date, lang: b.lang, source: b.source, sourceCountry: b.sourceCountry };
    return c.json({ events: await coder.code(doc) }, 200);
  });
  app.openapi(metaRoute, (c) => c.json({ eventTypes: [...PLOVER_EVENTS], sectors: [...SECTORS], quadClasses: QUAD_CLASSES, ...storeTotals(store) }, 200));
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'Marsad API', version: '0.1.0', description: 'Political events coded from Arabic and English news, with their evidence.' } });
  return app;
}
