/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read JSON response bodies */
/**
 * Browser tests of the dashboard: Debian's Chromium (driven by playwright-core) loads the built
 * dashboard from the real `marsad serve` server over a store ingested from the test fixtures and
 * the example article. Outside CI they are skipped when /usr/bin/chromium is not installed; in CI
 * (`CI` set) they always run, and .ci/run installs Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../data/paths.js';
import { DEFAULT_MAX_CHARS } from '../ingest/code-raw.js';
import { ingest } from '../ingest/ingest.js';
import { DASHBOARD_DIR, startServer, type RunningServer } from './serve.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const skip = !existsSync(CHROMIUM) && !process.env.CI
  ? `${CHROMIUM} is not installed (apt-get install chromium); the dashboard's browser tests run only with it, and always in CI`
  : false;

describe('dashboard in Chromium', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Requests to anything but the test server (the dashboard must fetch nothing from elsewhere). */
  const outside: string[] = [];
  /** Uncaught errors and console errors of every page. */
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync(join(DASHBOARD_DIR, 'index.html')), `${DASHBOARD_DIR}/index.html is missing: run npm run build`);
    const db = join(mkdtempSync(join(tmpdir(), 'marsad-dashboard-')), 'dashboard.db');
    await ingest([join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest'), join(PACKAGE_ROOT, 'examples')], { db, jobs: 1, quiet: true, defaults: { maxChars: DEFAULT_MAX_CHARS } });
    server = await startServer({ db, port: 0, host: '127.0.0.1', log: () => undefined });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function api(path: string): Promise<any> {
    const r = await fetch(`${server.url}${path}`);
    assert.equal(r.status, 200, `${path}: HTTP ${r.status}`);
    return r.json();
  }

  /** Opens the dashboard at a query string and waits until every view has loaded. */
  async function open(query = ''): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  /** The event types of the table's rows. */
  const rowEvents = (page: Page): Promise<Array<string | null>> =>
    page.locator('#events-table tbody tr[data-event-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));

  /** Submits the filter form and waits for the table to show the answer. */
  async function applyFilters(page: Page): Promise<void> {
    await page.click('#filters button[type=submit]'); // the submit handler marks the panel busy before click() returns
    await page.waitForSelector('#events-panel[aria-busy="false"]');
  }

  test('dashboard: loads the store into the table, the timeline, the network and the map, fetching nothing from elsewhere', async () => {
    const page = await open();
    const { total } = await api('/api/events?limit=1');
    assert.ok(total > 10);
    assert.equal(await page.locator('#events-table tbody tr[data-event-id]').count(), Math.min(total, 25));
    assert.match(await page.locator('#page-info').innerText(), new RegExp(`${total}$`));
    assert.equal(await page.locator('#timeline canvas').count(), 1);
    assert.ok(await page.locator('#network .node').count() >= 5);
    assert.ok(await page.locator('#map path.country').count() > 100);
    assert.ok(await page.locator('#map circle.place').count() >= 3);
    // The Arabic font is a face bundled with the dashboard (and, as checked below, served by the server).
    assert.ok(await page.evaluate<number>('document.fonts.load(\'16px "Noto Naskh Arabic"\', "مرصد").then((faces) => faces.length)') > 0);
    await page.close();
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, []);
  });

  test('dashboard: filtering by event type shows only that type, as many as the API counts, and keeps the filter in the address', async () => {
    const page = await open();
    await page.selectOption('select[name=event]', 'ASSAULT');
    await applyFilters(page);
    const { total } = await api('/api/events?event=ASSAULT');
    assert.ok(total >= 2);
    assert.deepEqual(await rowEvents(page), Array<string>(total).fill('ASSAULT'));
    assert.match(page.url(), /[?&]event=ASSAULT/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('dashboard: an opened article highlights each event\'s trigger, actor and recipient words', async () => {
    const page = await open();
    const accuse = (await api('/api/events?event=ACCUSE&actor=JOR:GOV')).events;
    assert.equal(accuse.length, 1, 'the example article has one Jordanian condemnation');
    const id = accuse[0].id as number;
    await page.fill('input[name=actor]', 'jor:gov');
    await page.selectOption('select[name=event]', 'ACCUSE');
    await applyFilters(page);
    assert.equal(await page.locator('#events-table tbody tr[data-event-id]').count(), 1);
    const row = page.locator(`#events-table tbody tr[data-event-id="${id}"]`);
    await row.locator('button.open').click();
    await page.waitForSelector(`#document mark.trigger.current[data-event-id~="${id}"]`);
    const texts = (sel: string): Promise<string[]> => page.locator(sel).allInnerTexts();
    // The words of examples/amman-talks.ar.txt that README's table shows.
    assert.deepEqual(await texts(`#document mark.trigger[data-event-id~="${id}"]`), ['وأدان']);
    assert.deepEqual(await texts(`#document mark.actor[data-event-id~="${id}"]`), ['الوزير الأردني']);
    assert.deepEqual(await texts(`#document mark.recipient[data-event-id~="${id}"]`), ['الإسرائيلية']);
    const meeting = (await api('/api/events?event=CONSULT&actor=JOR:GOV&recipient=IRQ:GOV')).events[0];
    assert.deepEqual(await texts(`#document mark.trigger[data-event-id~="${meeting.id}"]`), ['التقى', 'وبحث']);
    assert.deepEqual(await texts(`#document mark.actor[data-event-id~="${meeting.id}"]`), ['وزير الخارجية الأردني']);
    assert.deepEqual(await texts(`#document mark.recipient[data-event-id~="${meeting.id}"]`), ['نظيره العراقي']);
    assert.equal(await page.locator('#document .doc-text').getAttribute('dir'), 'rtl');
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('dashboard: every mark of an article is the text its span points at (UTF-16 offsets)', async () => {
    const { events } = await api('/api/events?event=SUPPORT&actor=JOR:GOV');
    const docId = events[0].firstDocumentId as number;
    const { document: doc, mentions } = await api(`/api/documents/${docId}`);
    const page = await open(`?doc=${docId}`);
    await page.waitForSelector('#document mark.trigger');
    for (const m of mentions) {
      const slice = (s: { start: number; end: number }): string => (doc.text as string).slice(s.start, s.end);
      const expected = {
        trigger: [...new Set([m.record.trigger, ...m.record.evidence.map((e: any) => e.trigger)].map(slice))].sort(),
        actor: [...new Set(m.record.actor.flatMap((a: any) => a.spans).map(slice))].sort(),
        recipient: [...new Set(m.record.recipient.flatMap((a: any) => a.spans).map(slice))].sort(),
      };
      for (const kind of ['trigger', 'actor', 'recipient'] as const) {
        const got = [...new Set(await page.locator(`#document mark.${kind}[data-event-id~="${m.eventId}"]`).allInnerTexts())].sort();
        assert.deepEqual(got, expected[kind], `event ${m.eventId} ${kind}`);
      }
    }
    assert.equal(await page.locator('#document .doc-text').innerText(), doc.text);
    await page.close();
  });

  test('dashboard: the language switch flips the page between Arabic right-to-left and English left-to-right', async () => {
    const page = await open();
    const html = page.locator('html');
    assert.equal(await html.getAttribute('dir'), 'rtl');
    assert.equal(await html.getAttribute('lang'), 'ar');
    assert.equal(await page.locator('#events-title').innerText(), 'الأحداث');
    await page.click('#lang-switch');
    await page.waitForSelector('html[dir="ltr"]', { state: 'attached' });
    assert.equal(await html.getAttribute('lang'), 'en');
    assert.equal(await page.locator('#events-title').innerText(), 'Events');
    assert.equal(await page.locator('#lang-switch').innerText(), 'العربية');
    await page.waitForSelector('#events-panel[aria-busy="false"]');
    assert.match(page.url(), /[?&]lang=en/);
    await page.click('#lang-switch');
    await page.waitForSelector('html[dir="rtl"]', { state: 'attached' });
    assert.equal(await page.locator('#events-title').innerText(), 'الأحداث');
    await page.close();
    const english = await open('?lang=en&event=CONSULT');
    assert.equal(await english.locator('html').getAttribute('dir'), 'ltr');
    assert.deepEqual([...new Set(await rowEvents(english))], ['CONSULT']);
    await english.close();
    assert.deepEqual(errors, []);
  });

  test('dashboard: the code box codes a text and marks its events', async () => {
    const page = await open('?lang=en');
    await page.fill('#code-form textarea[name=text]', 'التقى وزير الخارجية الأردني نظيره العراقي في عمّان اليوم.');
    await page.fill('#code-form input[name=date]', '2025-03-02');
    await page.click('#code-form button[type=submit]');
    await page.waitForSelector('#code-result .coded-events li');
    assert.deepEqual(await page.locator('#code-result mark.trigger').allInnerTexts(), ['التقى']);
    assert.deepEqual(await page.locator('#code-result mark.actor').allInnerTexts(), ['وزير الخارجية الأردني']);
    await page.close();
    assert.deepEqual(errors, []);
  });

  test('dashboard: a bad filter shows the API\'s error', async () => {
    const page = await open('?quadClass=7');
    await page.waitForSelector('#status:not([hidden])');
    assert.match(await page.locator('#status').innerText(), /E_INPUT_INVALID: quadClass: expected one of 1, 2, 3, 4/);
    await page.close();
    errors.length = 0; // the failed requests log console errors on purpose
  });

  test('dashboard: a screenshot of the whole page', async (t) => {
    const page = await open('?lang=en');
    const { events } = await api('/api/events?event=CONSULT&actor=JOR:GOV&recipient=IRQ:GOV');
    await page.locator(`#events-table tbody tr[data-event-id="${events[0].id}"] button.open`).click();
    await page.waitForSelector('#document mark.trigger.current');
    const file = join(mkdtempSync(join(tmpdir(), 'marsad-screenshot-')), 'dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 50_000);
    t.diagnostic(`screenshot: ${file}`);
    await page.close();
  });
});
