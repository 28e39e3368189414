/**
 * RSS and Atom input for ingest (@rowanmanning/feed-parser): a document per item, its full content
 * when the feed carries it, else its description; the feed's title is the outlet.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { failure, type SourceItem } from './raw.js';

/** True when a text looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, 4096));
}

/**
 * Reads a feed: a document per item with a body, a failure per item without one.
 *
 * @param text - the feed file's text, already decoded
 */
export function* readFeed(text: string, name: string): Generator<SourceItem> {
  let items;
  let source: string | undefined;
  try {
    const feed = parseFeed(text);
    items = feed.items;
    source = feed.title ?? undefined;
  } catch (err) {
    yield failure(name, 'parse', `not an RSS or Atom feed (${(err as Error).message})`);
    return;
  }
  let n = 0;
  for (const item of items) {
    const origin = `${name}#${++n}`;
    const html = item.content ?? item.description;
    if (!html || html.trim() === '') {
      yield failure(origin, 'parse', 'feed item has neither content nor description');
      continue;
    }
    yield {
      kind: 'document',
      doc: {
        origin, html, htmlFragment: true, id: item.id ?? item.url ?? undefined, title: item.title ?? undefined,
        url: item.url ?? undefined, date: (item.published ?? item.updated)?.toISOString(), source,
      },
    };
  }
}
