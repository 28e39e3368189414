/**
 * The document and its text-layer annotations (DESIGN §3).
 *
 * Every span is a half-open range `[start, end)` of UTF-16 code units into the ORIGINAL text of
 * the document, never into a normalized copy.
 */

/** A half-open range of UTF-16 code units in the original document text. */
export interface Span {
  start: number;
  end: number;
}

/** Languages Marsad codes. */
export type Lang = 'ar' | 'en';

/** One news article as it enters the pipeline. */
export interface DocumentInput {
  id: string;
  text: string;
  /** Language; when absent it is detected from the script of the text. */
  lang?: Lang;
  /** Publication date, ISO 8601 `YYYY-MM-DD`. */
  publishedAt?: string;
  /** Outlet name as given by the user or the feed. */
  source?: string;
  /** ISO 3166-1 alpha-3 of the outlet's home country, when known. */
  sourceCountry?: string;
  url?: string;
}

/** Kinds of token the tokenizer emits. */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

/** A token: its original span, its matching-normalized form and its kind. */
export interface Token extends Span {
  /** Index of the token in the document. */
  index: number;
  /** Matching-normalized form (see `normalize`): no diacritics, unified alef/ya/ta marbuta/hamza, ASCII digits, lower case. */
  norm: string;
  kind: TokenKind;
  /** True when a line break separates this token from the previous one. */
  lineStart: boolean;
  /** True when the original word ends in ta marbuta (ة): its final ه is not the enclitic pronoun. */
  taMarbuta: boolean;
  /** True when the original word ends in alef maqsura (ى): its final ي is not the enclitic pronoun. */
  alefMaqsura: boolean;
}

/** A sentence: a run of tokens `[tokenStart, tokenEnd)` with its original span. */
export interface Sentence extends Span {
  index: number;
  tokenStart: number;
  tokenEnd: number;
  /** True for a headline or dateline line kept apart from the lead. */
  dateline: boolean;
}
