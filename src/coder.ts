/**
 * Marsad's main entry point: code one document into events.
 */
import { InputError } from './errors.js';
import type { DocumentInput, Lang } from './model/document.js';
import type { MarsadEvent } from './model/event.js';
import type { Analysis, PipelineDocument } from './pipeline/analysis.js';
import { DEFAULT_PIPELINE } from './pipeline/default.js';
import type { Pipeline } from './pipeline/pipeline.js';
import { parseIsoDate } from './dates/calendar.js';
import { loadResources, outletCountry, type Resources } from './resources.js';

/**
 * The language of a text from its letters: Arabic when Arabic-script letters outnumber Latin ones.
 *
 * @returns "ar" or "en"
 */
export function detectLanguage(text: string): Lang {
  let arabic = 0;
  let latin = 0;
  // by UTF-16 unit: no letter counted here lies outside the BMP, and a surrogate is neither
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inArabicBlocks(c)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return arabic >= latin && arabic > 0 ? 'ar' : 'en';
}

/** A code unit of the Arabic, Arabic Supplement, Arabic Extended-A and Arabic Presentation Forms-A/B blocks (letters and marks alike). */
function inArabicBlocks(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)
    || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/**
 * Checks a document and fills in defaults (language, outlet country).
 *
 * @throws InputError when the input is not an object, `id` is not a non-empty string, `text` is not a string, `publishedAt` is not a real ISO date, `lang` is
 *   not ar or en, or `sourceCountry` is not three upper-case letters
 */
export function prepareDocument(input: DocumentInput, resources: Resources): PipelineDocument {
  if (typeof input !== 'object' || input === null) throw new InputError(`document: expected an object with "id" and "text", found ${input === null ? 'null' : typeof input}`);
  if (typeof input.id !== 'string' || input.id === '') throw new InputError(`document: field "id" must be a non-empty string, found ${JSON.stringify(input.id) ?? 'undefined'}`);
  if (typeof input.text !== 'string') throw new InputError(`document "${input.id}": field "text" must be a string`);
  if (input.publishedAt != null && !parseIsoDate(input.publishedAt)) {
    throw new InputError(`document "${input.id}": field "date" must be a calendar date YYYY-MM-DD, found "${input.publishedAt}"`);
  }
  if (input.lang != null && input.lang !== 'ar' && input.lang !== 'en') {
    throw new InputError(`document "${input.id}": field "lang" must be "ar" or "en", found "${String(input.lang)}"`);
  }
  if (input.sourceCountry != null && !resources.countryCodes.has(input.sourceCountry)) {
    throw new InputError(`document "${input.id}": source country must be an ISO 3166-1 alpha-3 code of data/gazetteer/countries.tsv such as SYR, found "${input.sourceCountry}"`);
  }
  return {
    id: input.id,
    text: input.text,
    lang: input.lang ?? detectLanguage(input.text),
    publishedAt: input.publishedAt ?? null,
    source: input.source ?? null,
    sourceCountry: input.sourceCountry ?? outletCountry(resources, input.source ?? null),
  };
}

/**
 * Runs the pipeline on one document.
 *
 * @param resources - the compiled dictionaries (default: the built-in ones; `loadResources(dir)` for a user's)
 * @returns the full analysis (tokens, mentions, actors, triggers, events…)
 * @throws InputError for a malformed document (see {@link prepareDocument})
 */
export function analyzeDocument(input: DocumentInput, pipeline: Pipeline = DEFAULT_PIPELINE, resources: Resources = loadResources()): Analysis {
  return pipeline.run({ doc: prepareDocument(input, resources), resources });
}

/**
 * Codes one document.
 *
 * @param resources - the compiled dictionaries (default: the built-in ones; `loadResources(dir)` for a user's)
 * @returns its events, merged within the document, each with evidence spans (UTF-16 offsets into `input.text`)
 * @example
 * codeDocument({ id: 'd1', text: 'أدانت الكويت الهجوم الإسرائيلي على غزة.', publishedAt: '2025-01-20' })
 *   .map(e => `${e.event} ${e.actor[0]?.country}>${e.recipient[0]?.country}`) // → ['ACCUSE KWT>ISR', …]
 */
export function codeDocument(input: DocumentInput, pipeline: Pipeline = DEFAULT_PIPELINE, resources: Resources = loadResources()): MarsadEvent[] {
  return analyzeDocument(input, pipeline, resources).events ?? [];
}
