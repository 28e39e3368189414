/**
 * The dashboard's entry: reads the state from the address, loads the views from the API, and
 * keeps filters, paging, the open document and the language in step.
 */
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './styles.css';
import { ApiError, getActors, getDocument, getDyads, getEvents, getMeta, getPlaces, getTimeline, type Meta, type StoredDocument, type StoredMention } from './api.js';
import { initCodeBox, renderCodeResult } from './code-box.js';
import { goldsteinLegend } from './colors.js';
import { focusEvent, renderDocument } from './document-view.js';
import { byId, h } from './dom.js';
import { renderNetwork } from './dyad-network.js';
import { fillForm, readForm, readState, writeState, type ViewState } from './filters.js';
import { formatValue, lang, LANGS, setLanguage, t, type Lang } from './i18n.js';
import { eventName, quadName, sideName } from './labels.js';
import { renderMap } from './place-map.js';
import { renderEvents, renderPager } from './table.js';
import { renderTimeline } from './timeline.js';

const PAGE = 25;
const state: ViewState = readState(location.search);
let meta: Meta | null = null;
let openDoc: { document: StoredDocument; mentions: StoredMention[] } | null = null;

const form = byId<HTMLFormElement>('filters');
const status = byId('status');

function saveState(): void {
  history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
}

function showError(e: unknown): void {
  const message = e instanceof ApiError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
  status.textContent = `${t('errorPrefix')} — ${message}`;
  status.hidden = false;
}

const tickets = new Map<string, number>();

/**
 * Loads a view's data with its panel marked busy and draws it, unless a later load of the same
 * panel started meanwhile (so an older answer never overwrites a newer one); errors go to the
 * status line.
 */
async function view<T>(panelId: string, load: () => Promise<T>, draw: (data: T) => void | Promise<void>): Promise<void> {
  const ticket = (tickets.get(panelId) ?? 0) + 1;
  tickets.set(panelId, ticket);
  const panel = byId(panelId);
  panel.setAttribute('aria-busy', 'true');
  try {
    const data = await load();
    if (tickets.get(panelId) === ticket) await draw(data);
  } catch (e) {
    showError(e);
  } finally {
    if (tickets.get(panelId) === ticket) panel.setAttribute('aria-busy', 'false');
  }
}

function fillSelects(): void {
  const any = (): HTMLOptionElement => h('option', { value: '' }, t('any'));
  const types = meta?.eventTypes ?? [];
  byId('event-select').replaceChildren(any(), ...types.map((e) => h('option', { value: e }, `${eventName(e)} (${e})`)));
  byId('quad-select').replaceChildren(any(), ...[1, 2, 3, 4].map((q) => h('option', { value: q }, `${q} · ${quadName(q)}`)));
  fillForm(form, state.filters);
  byId<HTMLSelectElement>('sort-select').value = state.sort;
  byId('summary').textContent = meta ? t('summary', { events: formatValue(meta.events), documents: formatValue(meta.documents) }) : '';
}

async function loadActors(): Promise<void> {
  const { actors } = await getActors();
  byId('actor-codes').replaceChildren(...actors.map((a) => h('option', { value: a.code }, sideName(a.code))));
}

function loadTable(): Promise<void> {
  const page = { limit: PAGE, offset: state.offset, sort: state.sort };
  return view('events-panel', () => getEvents(state.filters, page), (r) => {
    renderEvents(document.querySelector('#events-table tbody')!, r.events, (e) => void openDocument(e.firstDocumentId, e.id, true));
    renderPager(byId('page-info'), byId('prev-page'), byId('next-page'), { ...page, total: r.total });
  });
}

function loadViews(): Promise<unknown> {
  return Promise.all([
    loadTable(),
    view('timeline-panel', () => getTimeline(state.filters), (r) => renderTimeline(byId('timeline'), r.days)),
    view('network-panel', () => getDyads(state.filters), (r) => renderNetwork(byId('network'), r.dyads, selectActor)),
    view('map-panel', () => getPlaces(state.filters), (r) => renderMap(byId('map'), r.places)),
  ]);
}

function drawDocument(): void {
  if (openDoc) renderDocument(byId('document'), openDoc.document, openDoc.mentions, state.focus, focusOn);
}

function focusOn(id: number): void {
  state.focus = id;
  saveState();
  focusEvent(byId('document'), id);
}

async function openDocument(id: number, focus: number | null, move: boolean): Promise<void> {
  state.doc = id;
  state.focus = focus;
  saveState();
  await view('document-panel', () => getDocument(id), (d) => {
    openDoc = d;
    drawDocument();
  });
  if (move) byId('document-panel').focus();
}

function applyFilters(filters: ViewState['filters']): void {
  state.filters = filters;
  state.offset = 0;
  status.hidden = true;
  saveState();
  void loadViews();
}

function selectActor(code: string): void {
  fillForm(form, { ...state.filters, actor: code });
  applyFilters(readForm(form));
}

function switchLanguage(next: Lang): void {
  state.lang = next;
  saveState();
  setLanguage(next);
  fillSelects();
  for (const slot of document.querySelectorAll('.legend-slot')) slot.replaceChildren(goldsteinLegend());
  drawDocument();
  renderCodeResult(byId('code-result'));
  void loadViews();
}

function wire(): void {
  form.addEventListener('submit', (ev) => { ev.preventDefault(); applyFilters(readForm(form)); });
  form.addEventListener('reset', () => setTimeout(() => applyFilters(readForm(form))));
  byId<HTMLSelectElement>('sort-select').addEventListener('change', (ev) => {
    state.sort = (ev.target as HTMLSelectElement).value;
    state.offset = 0;
    saveState();
    void loadTable();
  });
  byId('prev-page').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); saveState(); void loadTable(); });
  byId('next-page').addEventListener('click', () => { state.offset += PAGE; saveState(); void loadTable(); });
  byId('lang-switch').addEventListener('click', () => switchLanguage(lang() === 'ar' ? 'en' : 'ar'));
  initCodeBox(byId<HTMLFormElement>('code-form'), byId('code-result'), showError);
}

async function start(): Promise<void> {
  const initial = (LANGS as readonly string[]).includes(state.lang ?? '') ? state.lang as Lang : 'ar';
  setLanguage(initial);
  wire();
  for (const slot of document.querySelectorAll('.legend-slot')) slot.replaceChildren(goldsteinLegend());
  try {
    meta = await getMeta();
  } catch (e) {
    showError(e);
  }
  fillSelects();
  void loadActors().catch(showError);
  await Promise.all([loadViews(), state.doc !== null ? openDocument(state.doc, state.focus, false) : null]);
  document.body.dataset.ready = 'true';
}

void start();
