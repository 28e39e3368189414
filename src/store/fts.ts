/**
 * Full-text queries over the store's FTS5 index. Documents are indexed in matching-normalized form
 * (no vowel marks, one alef, …; FTS5's unicode61 tokenizer would otherwise split Arabic words at
 * vowel marks), so queries are normalized the same way.
 */
import { normalizeWord } from '../text/normalize.js';

/**
 * An FTS5 MATCH expression for a user query: every word must occur (AND); a word ending in `*` is a
 * prefix; FTS5 operators in the user's text are quoted away.
 *
 * @example
 * ftsQuery('وزيرُ الخارجيّة') // → '"وزير" "الخارجيه"'
 * @returns the expression, or null when the query has no words
 */
export function ftsQuery(query: string): string | null {
  const terms = query.split(/\s+/).flatMap((w) => {
    const prefix = w.endsWith('*');
    const norm = normalizeWord(w.replace(/\*+$/, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!norm) return [];
    return norm.split(' ').map((t, i, all) => `"${t}"${prefix && i === all.length - 1 ? '*' : ''}`);
  });
  return terms.length > 0 ? terms.join(' ') : null;
}
