/**
 * The document view: an article's text with every event's trigger, actor, recipient and place
 * spans marked (`<mark class="trigger" data-event-id="13">`), and the list of its events; choosing
 * an event (from the list or the events table) emphasises its marks and scrolls to its trigger.
 */
import { eventMarks, markSpans, type MarkKind, type MarkNode, type SpanMark } from '../../src/view/spans.js';
import type { MarsadEvent, StoredDocument, StoredMention } from './api.js';
import { h } from './dom.js';
import { formatValue, t, type StringKey } from './i18n.js';
import { actorsCode, actorsName, dateElement, eventName } from './labels.js';
import { flagBadges } from './table.js';

const KIND_LABEL: Record<MarkKind, StringKey> = { trigger: 'trigger', actor: 'actor', recipient: 'recipient', place: 'place' };

function toDom(nodes: MarkNode[], describe: (m: SpanMark) => string): Node[] {
  return nodes.map((n) => {
    if ('text' in n) return document.createTextNode(n.text);
    const mark = h('mark', { class: n.mark.kind, 'data-event-id': n.mark.eventIds.join(' '), title: describe(n.mark) });
    mark.append(...toDom(n.children, describe));
    return mark;
  });
}

/**
 * A text with event spans marked, in an element whose `lang` and `dir` follow the text's language.
 *
 * @param lang - `ar`, `en`, or `auto` (direction from the text's first strong character)
 * @param events - events with the ids their marks carry; offsets are UTF-16 code units into `text`
 */
export function markedText(text: string, lang: string, events: ReadonlyArray<{ id: number; record: MarsadEvent }>): HTMLElement {
  const byId = new Map(events.map((e) => [e.id, e.record]));
  const describe = (m: SpanMark): string =>
    `${t(KIND_LABEL[m.kind])} · ${m.eventIds.map((id) => `#${id} ${eventName(byId.get(id)?.event ?? '')}`).join('، ')}`;
  const marks = events.flatMap((e) => eventMarks(e.record, e.id));
  const el = h('div', { class: 'doc-text', lang: lang === 'auto' ? null : lang, dir: lang === 'auto' ? 'auto' : lang === 'ar' ? 'rtl' : 'ltr' });
  el.append(...toDom(markSpans(text, marks), describe));
  return el;
}

/** One line describing an event: type, actor → recipient, trigger words, flags. */
export function eventLine(id: number, r: MarsadEvent): HTMLElement {
  return h('span', { class: 'event-line' },
    h('span', { class: `quad quad-${r.quadClass}` }),
    h('strong', {}, `#${id} ${eventName(r.event)}`), ' ',
    h('span', { title: actorsCode(r.actor) }, actorsName(r.actor)), ' → ',
    h('span', { title: actorsCode(r.recipient) }, actorsName(r.recipient)), ' ',
    h('q', { dir: 'auto' }, r.triggerText), ' ',
    h('span', { class: 'muted' }, dateElement(r.date), ` · ${r.cameo} · `, h('bdi', { dir: 'ltr' }, formatValue(r.goldstein))),
    ...flagBadges(r.auxiliary));
}

/** Emphasises the marks of one event (class `current`) and scrolls its first trigger into view. */
export function focusEvent(root: HTMLElement, eventId: number | null): void {
  for (const m of root.querySelectorAll('mark.current')) m.classList.remove('current');
  for (const b of root.querySelectorAll('button[aria-pressed]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-event-id') === String(eventId)));
  if (eventId === null) return;
  const marks = root.querySelectorAll<HTMLElement>(`mark[data-event-id~="${eventId}"]`);
  for (const m of marks) m.classList.add('current');
  const trigger = root.querySelector<HTMLElement>(`mark.trigger[data-event-id~="${eventId}"]`);
  trigger?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Renders a stored document with its events into the document panel's body.
 *
 * @param onFocus - called when an event of the list is chosen
 */
export function renderDocument(root: HTMLElement, doc: StoredDocument, mentions: readonly StoredMention[], focus: number | null, onFocus: (id: number) => void): void {
  const events = mentions.map((m) => ({ id: m.eventId, record: m.record }));
  const list = h('ol', { class: 'doc-events' }, ...events.map((e) => {
    const b = h('button', { type: 'button', class: 'event-button', 'data-event-id': e.id, 'aria-pressed': 'false' }, eventLine(e.id, e.record));
    b.addEventListener('click', () => onFocus(e.id));
    return h('li', {}, b);
  }));
  const meta = [doc.source ? `${t('source')}: ${doc.source} · ` : null, `${t('published')}: `, dateElement(doc.publishedAt), ` · `, h('bdi', {}, doc.extId)];
  root.replaceChildren(
    h('article', { class: 'doc', 'data-document-id': doc.id },
      h('h3', { dir: 'auto' }, doc.title ?? doc.extId),
      h('p', { class: 'muted' }, ...meta, doc.url ? ' · ' : null, doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, doc.url) : null),
      h('div', { class: 'doc-body' },
        markedText(doc.text, doc.lang, events),
        h('aside', { class: 'doc-side' }, h('h4', {}, t('documentEvents')), list))));
  focusEvent(root, focus);
}
