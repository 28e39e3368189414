/**
 * The "code a text" box: sends a text to `POST /api/code` (coded, not stored) and shows its events
 * and the text with their spans marked.
 */
import { codeText, type MarsadEvent } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { eventLine, markedText } from './document-view.js';

/** The last coded text and its events, kept to redraw the result when the language changes. */
let last: { text: string; lang: string; events: MarsadEvent[] } | null = null;

/** Draws the last result (or nothing) into the result element. */
export function renderCodeResult(out: HTMLElement): void {
  if (!last) return out.replaceChildren();
  const events = last.events.map((record, i) => ({ id: i + 1, record }));
  out.replaceChildren(
    h('p', { class: 'muted', role: 'status' }, events.length ? t('codedEvents', { n: events.length }) : t('noCodedEvents')),
    h('ol', { class: 'coded-events' }, ...events.map((e) => h('li', { 'data-event-id': e.id }, eventLine(e.id, e.record)))),
    markedText(last.text, last.lang, events));
}

/**
 * Wires the code form: on submit, codes the text and draws the result.
 *
 * @param onError - called with a failed request's error
 */
export function initCodeBox(form: HTMLFormElement, out: HTMLElement, onError: (e: unknown) => void): void {
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const text = String(data.get('text') ?? '');
    if (!text.trim()) return;
    const body: { text: string; date?: string; lang?: string; source?: string } = { text };
    for (const k of ['date', 'lang', 'source'] as const) {
      const v = String(data.get(k) ?? '').trim();
      if (v && v !== 'auto') body[k] = v;
    }
    const button = form.querySelector('button[type=submit]') as HTMLButtonElement;
    button.disabled = true;
    out.setAttribute('aria-busy', 'true');
    out.replaceChildren(h('p', { class: 'muted' }, t('coding')));
    codeText(body)
      .then((r) => {
        last = { text, lang: body.lang ?? 'auto', events: r.events };
        renderCodeResult(out);
      })
      .catch((e: unknown) => { out.replaceChildren(); onError(e); })
      .finally(() => { button.disabled = false; out.setAttribute('aria-busy', 'false'); });
  });
}
