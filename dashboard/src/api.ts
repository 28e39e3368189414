/**
 * The dashboard's client of Marsad's HTTP API (`marsad serve`): one typed function per endpoint.
 * Errors come back as `{"error": {"code", "message"}}` and are thrown as {@link ApiError}.
 */
import type { MarsadEvent } from '../../src/model/event.js';
import type { StoredDocument, StoredEvent, StoredMention } from '../../src/store/rows.js';
import type { DyadCount } from '../../src/view/network.js';

export type { MarsadEvent, StoredDocument, StoredEvent, StoredMention };

/** Query parameters of the event filters (`actor`, `event`, `from`…), as strings. */
export type FilterParams = Record<string, string>;

/** A failed API call: the HTTP status and the server's error code and message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface Meta {
  eventTypes: string[];
  sectors: string[];
  quadClasses: Array<{ id: number; name: string }>;
  documents: number;
  events: number;
}
export interface DayStat { date: string; events: number; goldstein: number; quad: [number, number, number, number] }
export interface Dyad extends DyadCount { meanGoldstein: number; series: Array<{ date: string; events: number; goldstein: number }> }
export interface PlaceStat { id: string; name: string; country: string; lat: number | null; lon: number | null; events: number; meanGoldstein: number }
export interface ActorStat { code: string; country: string | null; sector: string | null; org: string | null; name: string | null; asActor: number; asRecipient: number }

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null) as { error?: { code?: string; message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? `HTTP_${res.status}`, body?.error?.message ?? res.statusText);
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** `GET /api/meta`: event types, sectors, QuadClasses, store counts. */
export const getMeta = (): Promise<Meta> => request('api/meta');

/** `GET /api/events`: one page of events matching the filters, and how many match. */
export const getEvents = (f: FilterParams, page: { limit: number; offset: number; sort: string }): Promise<{ total: number; events: StoredEvent[] }> =>
  request(`api/events${query({ ...f, ...page })}`);

/** `GET /api/documents/:id`: the document's text and every event reported in it, with spans. */
export const getDocument = (id: number): Promise<{ document: StoredDocument; mentions: StoredMention[] }> => request(`api/documents/${id}`);

/** `GET /api/stats/timeline`: events, Goldstein sum and events per QuadClass, per day. */
export const getTimeline = (f: FilterParams): Promise<{ days: DayStat[] }> => request(`api/stats/timeline${query(f)}`);

/** `GET /api/dyads`: the dyads with most events. */
export const getDyads = (f: FilterParams, limit = 60): Promise<{ dyads: Dyad[] }> => request(`api/dyads${query({ ...f, limit })}`);

/** `GET /api/places`: places with events and their mean Goldstein score. */
export const getPlaces = (f: FilterParams): Promise<{ places: PlaceStat[] }> => request(`api/places${query(f)}`);

/** `GET /api/actors`: actor codes with most events (for the actor fields' suggestions). */
export const getActors = (limit = 200): Promise<{ actors: ActorStat[] }> => request(`api/actors${query({ limit })}`);

/** `POST /api/code`: codes a text without storing it. */
export const codeText = (body: { text: string; date?: string; lang?: string; source?: string }): Promise<{ events: MarsadEvent[] }> =>
  request('api/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
