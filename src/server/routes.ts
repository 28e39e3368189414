/**
 * Route descriptions of the HTTP API (OpenAPI via @hono/zod-openapi): paths, parameters, response shapes.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { aggregateQuery, codeBody, document, errorBody, eventRecord, eventsQuery, idParam, mention, searchQuery, storedEvent } from './schemas.js';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(errorBody, 'invalid parameter (the message names it)'),
  404: json(errorBody, 'no such resource'),
};

export const eventsRoute = createRoute({
  method: 'get', path: '/api/events', summary: 'Events matching the filters, one page of them',
  request: { query: eventsQuery },
  responses: { 200: json(z.object({ total: z.number().int(), events: z.array(storedEvent) }), 'events'), 400: errors[400] },
});

export const eventRoute = createRoute({
  method: 'get', path: '/api/events/{id}', summary: 'One event with its mentions and evidence spans',
  request: { params: idParam },
  responses: { 200: json(z.object({ event: storedEvent, mentions: z.array(mention) }), 'the event'), ...errors },
});

export const documentRoute = createRoute({
  method: 'get', path: '/api/documents/{id}', summary: 'A document: its text and every event reported in it, with spans',
  request: { params: idParam },
  responses: { 200: json(z.object({ document, mentions: z.array(mention) }), 'the document'), ...errors },
});

export const actorsRoute = createRoute({
  method: 'get', path: '/api/actors', summary: 'Actors of the matching events, most events first',
  request: { query: aggregateQuery },
  responses: {
    200: json(z.object({ actors: z.array(z.object({ code: z.string(), country: z.string().nullable(), sector: z.string().nullable(), org: z.string().nullable(), asActor: z.number(), asRecipient: z.number() })) }), 'actors'),
    400: errors[400],
  },
});

const series = z.array(z.object({ date: z.string(), events: z.number(), goldstein: z.number() }));
export const dyadsRoute = createRoute({
  method: 'get', path: '/api/dyads', summary: 'Dyads (actor → recipient) with counts and Goldstein over time',
  request: { query: aggregateQuery },
  responses: {
    200: json(z.object({ dyads: z.array(z.object({ actor: z.string(), recipient: z.string(), events: z.number(), goldstein: z.number(), meanGoldstein: z.number(), series })) }), 'dyads'),
    400: errors[400],
  },
});

export const timelineRoute = createRoute({
  method: 'get', path: '/api/stats/timeline', summary: 'Events and Goldstein per day, by QuadClass',
  request: { query: aggregateQuery },
  responses: {
    200: json(z.object({ days: z.array(z.object({ date: z.string(), events: z.number(), goldstein: z.number(), quad: z.array(z.number()).length(4) })) }), 'days'),
    400: errors[400],
  },
});

export const placesRoute = createRoute({
  method: 'get', path: '/api/places', summary: 'Places of the matching events',
  request: { query: aggregateQuery },
  responses: {
    200: json(z.object({ places: z.array(z.object({ id: z.string(), name: z.string(), country: z.string(), lat: z.number().nullable(), lon: z.number().nullable(), events: z.number(), meanGoldstein: z.number() })) }), 'places'),
    400: errors[400],
  },
});

export const searchRoute = createRoute({
  method: 'get', path: '/api/search', summary: 'Full-text search over documents (normalized Arabic and English)',
  request: { query: searchQuery },
  responses: {
    200: json(z.object({ total: z.number(), documents: z.array(z.object({ id: z.number(), extId: z.string(), title: z.string().nullable(), source: z.string().nullable(), publishedAt: z.string().nullable(), snippet: z.string() })) }), 'documents'),
    400: errors[400],
  },
});

export const codeRoute = createRoute({
  method: 'post', path: '/api/code', summary: 'Code a text without storing it',
  request: { body: { content: { 'application/json': { schema: codeBody } }, required: true } },
  responses: { 200: json(z.object({ events: z.array(eventRecord) }), 'events'), 400: errors[400], 413: json(errorBody, 'body over the size limit') },
});

export const metaRoute = createRoute({
  method: 'get', path: '/api/meta', summary: 'Code lists and store totals',
  responses: {
    200: json(z.object({ eventTypes: z.array(z.string()), sectors: z.array(z.string()), quadClasses: z.array(z.object({ id: z.number(), name: z.string() })), documents: z.number(), events: z.number(), mentions: z.number() }), 'meta'),
  },
});
