/**
 * Which language a document is in, among those Marsad codes (Arabic, English), or why it is none of
 * them. Arabic script is told from Persian and Urdu by their own letters and function words; Latin
 * script is taken for English when enough of its words are English function words.
 */
import type { Lang } from '../model/document.js';

/** A language decision: a language Marsad codes, or a reason to skip the document. */
export type LanguageDecision = { lang: Lang } | { lang: null; reason: string };

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/gu;
/** Letters used in Persian or Urdu and not in Arabic: پ چ ژ گ ٹ ڈ ڑ ں ے ۀ. */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06D2\u06C0]/gu;
/** Frequent Persian words written in Persian letters (ی ک), which Arabic text does not use. */
const PERSIAN_WORDS = new Set(['است', 'این', 'را', 'می', 'های', 'یک', 'شده', 'کرد', 'که', 'برای', 'بود', 'شد']);
/** The commonest English function words (Brown corpus frequency list). */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'as', 'was', 'with', 'on', 'by', 'at',
  'he', 'his', 'be', 'from', 'had', 'have', 'has', 'are', 'were', 'said', 'this', 'an', 'which', 'or', 'not', 'its', 'they', 'but', 'after', 'will']);

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Decides the language of a text.
 *
 * @returns `{lang: 'ar'|'en'}`, or `{lang: null, reason}` for text in another language or with no letters
 * @example
 * identifyLanguage('Le ministre a rencontré son homologue à Paris.') // → { lang: null, reason: 'Latin-script text that is not English …' }
 */
export function identifyLanguage(text: string): LanguageDecision {
  const arabic = count(text, ARABIC_SCRIPT);
  const latin = count(text, LATIN);
  if (arabic === 0 && latin === 0) return { lang: null, reason: 'no Arabic or Latin letters' };
  if (arabic >= latin) return arabicScript(text, arabic);
  return latinScript(text);
}

function arabicScript(text: string, letters: number): LanguageDecision {
  const own = count(text, NON_ARABIC_LETTERS);
  const words = text.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const persian = words.filter((w) => PERSIAN_WORDS.has(w)).length;
  if (own / letters > 0.01 || (words.length >= 20 && persian / words.length > 0.04)) {
    return { lang: null, reason: 'Arabic-script text in another language (Persian or Urdu letters and words)' };
  }
  return { lang: 'ar' };
}

function latinScript(text: string): LanguageDecision {
  const words = text.toLowerCase().split(/[^a-z\u00C0-\u024F']+/u).filter(Boolean);
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  const share = english / Math.max(1, words.length);
  if (words.length < 8 ? english > 0 : share >= 0.1) return { lang: 'en' };
  return { lang: null, reason: `Latin-script text that is not English (${Math.round(share * 100)}% English function words)` };
}
