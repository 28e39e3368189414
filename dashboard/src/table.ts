/**
 * The events table: one row per stored event (across documents) with its codes, actors, place,
 * Goldstein score and mention count, a button that opens the article that first reported it, and
 * the pager.
 */
import type { StoredEvent } from './api.js';
import { goldsteinColor, goldsteinInk } from './colors.js';
import { h } from './dom.js';
import { formatValue, t, type StringKey } from './i18n.js';
import { actorsCode, actorsName, countryName, dateElement, eventName, quadName } from './labels.js';

const UNREAL = new Set(['negated', 'future', 'hypothetical']);
const FLAG_KEYS: Record<string, StringKey> = {
  negated: 'flaggedNegated', future: 'flaggedFuture', hypothetical: 'flaggedHypothetical', reported: 'flaggedReported', historical: 'flaggedHistorical',
};

/** The auxiliary modes of an event as small labels. */
export function flagBadges(auxiliary: readonly string[]): HTMLElement[] {
  return auxiliary.map((a) => h('span', { class: `flag flag-${a}` }, FLAG_KEYS[a] ? t(FLAG_KEYS[a]) : a));
}

function row(e: StoredEvent, onOpen: (e: StoredEvent) => void): HTMLTableRowElement {
  const open = h('button', { type: 'button', class: 'open', 'aria-label': t('openDocumentLabel', { id: e.id }) }, t('openDocument'));
  open.addEventListener('click', () => onOpen(e));
  const place = e.location ? `${e.location.name}${e.location.country ? ` (${countryName(e.location.country)})` : ''}` : t('none');
  return h('tr', { 'data-event-id': e.id, 'data-event': e.event, class: e.auxiliary.some((a) => UNREAL.has(a)) ? 'unreal' : null },
    h('td', { class: 'num' }, String(e.id)),
    h('td', { class: 'date' }, dateElement(e.date)),
    h('td', { class: 'event', title: `${e.event}${e.mode ? `/${e.mode}` : ''} · ${quadName(e.quadClass)}` },
      h('span', { class: `quad quad-${e.quadClass}` }), eventName(e.event), ...flagBadges(e.auxiliary)),
    h('td', { class: 'code' }, e.cameo),
    h('td', { title: actorsCode(e.actor) }, actorsName(e.actor)),
    h('td', { title: actorsCode(e.recipient) }, actorsName(e.recipient)),
    h('td', {}, place),
    h('td', { class: 'num' }, h('span', { class: 'goldstein', style: `background: ${goldsteinColor(e.goldstein)}; color: ${goldsteinInk(e.goldstein)}` }, formatValue(e.goldstein))),
    h('td', { class: 'num' }, formatValue(e.numMentions)),
    h('td', {}, open));
}

/**
 * Fills the table body with a page of events.
 *
 * @param onOpen - called with the event whose "open" button was pressed
 */
export function renderEvents(tbody: HTMLTableSectionElement, events: readonly StoredEvent[], onOpen: (e: StoredEvent) => void): void {
  if (events.length === 0) {
    tbody.replaceChildren(h('tr', {}, h('td', { colspan: 10, class: 'empty' }, t('noEvents'))));
    return;
  }
  tbody.replaceChildren(...events.map((e) => row(e, onOpen)));
}

/** Paging state shown under the table. */
export interface PageInfo { offset: number; limit: number; total: number }

/** Updates the pager's text and buttons. */
export function renderPager(info: HTMLElement, prev: HTMLButtonElement, next: HTMLButtonElement, p: PageInfo): void {
  const first = p.total === 0 ? 0 : p.offset + 1;
  const last = Math.min(p.offset + p.limit, p.total);
  info.textContent = t('pageOf', { first, last, total: p.total });
  prev.disabled = p.offset === 0;
  next.disabled = p.offset + p.limit >= p.total;
}
