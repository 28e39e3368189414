/**
 * Main text and metadata from HTML: Mozilla Readability on a linkedom DOM for pages, plain block
 * text for feed-item fragments. Pages nested deeper than {@link MAX_HTML_DEPTH} are refused before
 * Readability walks them (its recursion would exhaust the stack), and below that the elements deeper
 * than {@link FLAT_DEPTH} are flattened into their text first: Readability's time grows with the
 * cube of the nesting (a chain of 990 elements with a word each took 74 s, one of 200 took 0.5 s),
 * so a bounded depth keeps extraction linear in the page's size.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Deepest element nesting accepted; real pages stay far below it. Browsers stop nesting there too:
 * Blink's HTML parser attaches elements deeper than 512 to the 512th (kMaximumHTMLParserDOMTreeDepth).
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Depth (counted from the document, `<html>` being 1) below which elements are replaced by their
 * text, block breaks kept, before Readability reads the page; news pages keep their article well
 * above it.
 */
export const FLAT_DEPTH = 48;

/** What HTML extraction yields. */
export interface Extracted {
  text: string;
  title?: string;
  /** ISO 8601 date or date-time from the page's metadata. */
  date?: string;
  /** Outlet name from the page's metadata (og:site_name). */
  source?: string;
  lang?: string;
}

/** HTML that cannot be turned into text; the message says why. */
export class ExtractError extends Error {}

const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'PRE', 'TABLE', 'UL', 'OL', 'DD', 'DT', 'FIGCAPTION']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

type Doc = ReturnType<typeof parseHTML>['document'];

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** The deepest element nesting under a node, walked without recursion. */
export function htmlDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    const children = node.childNodes; // linkedom builds this list on every access: read it once
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/** Text of a DOM subtree with a line break at each block element, walked without recursion. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const stack: Array<DomNode | '\n'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === '\n') {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (SKIP.has(node.nodeName)) continue;
    const block = BLOCKS.has(node.nodeName);
    if (block) stack.push('\n');
    const children = node.childNodes; // built on every access: read it once
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (block) parts.push('\n');
  }
  return parts.join('').replace(/[ \t\u00A0]+/g, ' ').replace(/ *\n[\s]*/g, '\n').trim();
}

function parse(html: string): Doc {
  // linkedom gives a page without <html> no document element: wrap fragments and bare pages
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const depth = htmlDepth(document as unknown as DomNode);
  if (depth > MAX_HTML_DEPTH) throw new ExtractError(`HTML nested ${depth} elements deep (the limit is ${MAX_HTML_DEPTH}, as in browsers); not a news page`);
  if (depth > FLAT_DEPTH) flattenBelow(document as unknown as FlatNode, FLAT_DEPTH);
  return document;
}

interface FlatNode extends DomNode { childNodes: ArrayLike<FlatNode>; textContent: string | null }

/**
 * Replaces the content of every element at `depth` that has child elements by its block text (one
 * text node, a line break at each block element), walked without recursion; linear in the page.
 */
export function flattenBelow(root: FlatNode, depth: number): void {
  const stack: Array<[FlatNode, number]> = [[root, 0]];
  const cut: FlatNode[] = [];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    const children = node.childNodes; // linkedom builds this list on every access: read it once
    let elements = 0;
    for (let i = 0; i < children.length; i++) {
      if (children[i]!.nodeType !== 1) continue;
      elements++;
      if (d < depth) stack.push([children[i]!, d + 1]);
    }
    if (d === depth && elements > 0) cut.push(node);
  }
  for (const node of cut) node.textContent = `\n${blockText(node)}\n`;
}

function meta(doc: Doc, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

/** A page title without the outlet's name after a separator ("Talks in Amman | The Ledger" → "Talks in Amman"). */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ']) {
    if (title.endsWith(`${sep}${site}`)) return title.slice(0, -(sep.length + site.length)).trim();
    if (title.startsWith(`${site}${sep}`)) return title.slice(site.length + sep.length).trim();
  }
  return title;
}

/**
 * Extracts a page's main text and metadata.
 *
 * @param html - a whole HTML page
 * @throws ExtractError when the page is nested too deep or has no text
 */
export function extractPage(html: string): Extracted {
  const doc = parse(html);
  const date = meta(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'time[datetime]']);
  const source = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(doc, { charThreshold: 100 }).parse();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err; // a page Readability cannot walk: fall back to its whole text
  }
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as DomNode);
  if (!text) text = blockText((doc.body ?? doc) as unknown as DomNode);
  if (!text) throw new ExtractError('the page has no text');
  const site = article?.siteName ?? source;
  const title = withoutSiteName(article?.title?.trim() || doc.title?.trim() || '', site) || undefined;
  return { text, title, date: article?.publishedTime ?? date, source: site, lang: lang || undefined };
}

/**
 * Text of an HTML fragment (a feed item's content), block elements on lines of their own.
 *
 * @throws ExtractError when the fragment is nested too deep
 */
export function extractFragment(html: string): Extracted {
  const doc = parse(`<!doctype html><html><body>${html}</body></html>`);
  return { text: blockText((doc.body ?? doc) as unknown as DomNode) };
}
