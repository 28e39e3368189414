/**
 * JSON Lines input for ingest: one document a line,
 * `{id?, text | html, date?, source?, sourceCountry?, url?, lang?, title?}` (`source_country` is
 * read as `sourceCountry`; other fields are ignored, so scraped dumps with more fields are read).
 */
import { z } from 'zod';
import { describeIssue } from '../data/issues.js';
import { decodeLines } from './decode.js';
import { failure, type SourceItem } from './raw.js';

const country = z.string().regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 country code such as SYR' }).optional();

const line = z.object({
  id: z.union([z.string().min(1), z.number()], { error: 'expected a non-empty string or a number' }).transform(String).optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  sourceCountry: country,
  source_country: country,
  url: z.string().optional(),
  lang: z.string().optional(),
  title: z.string().optional(),
}).refine((d) => d.text !== undefined || d.html !== undefined, { message: 'expected a "text" or an "html" field' })
  .refine((d) => d.sourceCountry === undefined || d.source_country === undefined || d.sourceCountry === d.source_country, { message: 'expected one of "sourceCountry" and "source_country", not two different values', path: ['source_country'] })
  .transform(({ source_country: snake, ...d }) => ({ ...d, sourceCountry: d.sourceCountry ?? snake }));

/** The fields a line may have, for messages. */
export const JSONL_FIELDS = '{id?, text | html, date?, source?, sourceCountry?, url?, lang?, title?}';

/**
 * Reads a JSON Lines file: a document per non-blank line, a failure per bad line (`file:line`).
 *
 * @param bytes - the file's content
 * @param name - the file name for origins and messages
 */
export function* readJsonl(bytes: Uint8Array, name: string): Generator<SourceItem> {
  for (const { line: n, text, bytes: size } of decodeLines(bytes)) {
    const origin = `${name}:${n}`;
    if (text === null) {
      yield { ...failure(origin, 'read', 'not valid UTF-8 text'), bytes: size };
      continue;
    }
    if (text.trim() === '') continue; // blank lines count towards progress with the next item only
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      yield { ...failure(origin, 'parse', `invalid JSON (${(err as Error).message.slice(0, 120)}); a line is ${JSONL_FIELDS}`), bytes: size };
      continue;
    }
    const parsed = line.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      yield { ...failure(origin, 'parse', `${issue ? describeIssue(issue, json) : 'invalid line'}; a line is ${JSONL_FIELDS}`), bytes: size };
      continue;
    }
    yield { kind: 'document', doc: { origin, ...parsed.data }, bytes: size };
  }
}
