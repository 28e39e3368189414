/**
 * The filter form and the page's state in its address (`?event=ASSAULT&lang=en&doc=3`), so that
 * a view can be bookmarked, shared and reloaded. Filter names are the API's query parameters.
 */
import type { FilterParams } from './api.js';

/** The API's filter parameters, in form order. */
export const FILTER_FIELDS = ['from', 'to', 'actor', 'recipient', 'event', 'quadClass', 'text', 'flagged'] as const;

/** What the address holds besides the filters. */
export interface ViewState {
  filters: FilterParams;
  offset: number;
  sort: string;
  lang: string | null;
  /** The open document and the event focused in it. */
  doc: number | null;
  focus: number | null;
}

const positiveInt = (s: string | null): number | null => (s !== null && /^\d+$/.test(s) ? Number(s) : null);

/** Reads the view state from a query string. */
export function readState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const filters: FilterParams = {};
  for (const f of FILTER_FIELDS) {
    const v = q.get(f);
    if (v) filters[f] = v;
  }
  return { filters, offset: positiveInt(q.get('offset')) ?? 0, sort: q.get('sort') ?? 'date', lang: q.get('lang'), doc: positiveInt(q.get('doc')), focus: positiveInt(q.get('focus')) };
}

/** Writes the view state as a query string (defaults left out). */
export function writeState(s: ViewState): string {
  const q = new URLSearchParams();
  for (const f of FILTER_FIELDS) if (s.filters[f]) q.set(f, s.filters[f]);
  if (s.offset > 0) q.set('offset', String(s.offset));
  if (s.sort !== 'date') q.set('sort', s.sort);
  if (s.lang) q.set('lang', s.lang);
  if (s.doc !== null) q.set('doc', String(s.doc));
  if (s.focus !== null) q.set('focus', String(s.focus));
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** The filters a form holds: empty fields left out, the `flagged` checkbox as `true`; actor codes upper-cased. */
export function readForm(form: HTMLFormElement): FilterParams {
  const data = new FormData(form);
  const out: FilterParams = {};
  for (const f of FILTER_FIELDS) {
    const raw = data.get(f);
    if (typeof raw !== 'string') continue;
    const v = f === 'actor' || f === 'recipient' ? raw.trim().toUpperCase() : raw.trim();
    if (f === 'flagged') out[f] = 'true';
    else if (v) out[f] = v;
  }
  return out;
}

/** Puts filters into the form's fields. */
export function fillForm(form: HTMLFormElement, filters: FilterParams): void {
  for (const f of FILTER_FIELDS) {
    const el = form.elements.namedItem(f);
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = filters[f] === 'true';
    else if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = filters[f] ?? '';
  }
}
