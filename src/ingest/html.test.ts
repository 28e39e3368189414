import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { ExtractError, FLAT_DEPTH, MAX_HTML_DEPTH, extractPage, flattenBelow, htmlDepth } from './html.js';

const nested = (depth: number, word = 'كلمة'): string => `${`<div>${word} `.repeat(depth)}${'</div>'.repeat(depth)}`;
type Node = Parameters<typeof htmlDepth>[0];

test('html: elements below the flattening depth become their text, line breaks kept at blocks', () => {
  const { document } = parseHTML(`<html><body>${nested(200)}<p>آخر</p></body></html>`);
  assert.ok(htmlDepth(document as unknown as Node) > 200);
  const before = (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  flattenBelow(document as unknown as Parameters<typeof flattenBelow>[0], FLAT_DEPTH);
  assert.equal(htmlDepth(document as unknown as Node), FLAT_DEPTH);
  assert.equal((document.body.textContent ?? '').replace(/\s+/g, ' ').trim(), before);
});

test('html: a page nested deep but within the limit is read, its deepest text too (regression: 999 levels took 74 s in Readability)', () => {
  const depth = MAX_HTML_DEPTH - 3;
  const page = extractPage(`<html><body>${'<div>كلمة '.repeat(depth - 3)}<p>الأعمق</p>${'</div>'.repeat(depth - 3)}</body></html>`);
  assert.match(page.text, /الأعمق/);
  assert.ok(page.text.split(/\s+/).filter((w) => w === 'كلمة').length >= depth - FLAT_DEPTH);
});

test('html: a page nested deeper than the limit is refused with the depth and the limit', () => {
  assert.throws(() => extractPage(`<html><body>${nested(MAX_HTML_DEPTH + 10)}</body></html>`),
    (err: unknown) => err instanceof ExtractError && /^HTML nested 5\d\d elements deep \(the limit is 512, as in browsers\); not a news page$/.test(err.message));
});

test('html: a real page shallower than the flattening depth keeps its paragraphs', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>The foreign minister of Jordan met his Iraqi counterpart in Amman on Sunday, paragraph ${i + 1}, and the two discussed trade and border crossings at length.</p>`).join('');
  const page = extractPage(`<html><head><title>Talks</title></head><body><nav>Home | Sport</nav><article>${body}</article></body></html>`);
  assert.equal(page.text.split('\n').filter((l) => l.startsWith('The foreign minister')).length, 4);
});
