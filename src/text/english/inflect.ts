/**
 * English surface forms generated from a lemma: noun plurals and verb forms (3rd person -s,
 * past/participle -ed, gerund -ing) by the regular spelling rules (Quirk et al., "A Comprehensive
 * Grammar of the English Language", §3.5 and §5.84); irregular forms come from the dictionary.
 */

const VOWELS = /[aeiou]/;

function sibilant(w: string): boolean {
  return /(s|x|z|ch|sh)$/.test(w);
}

/** Regular plural (or 3rd person singular) of an English word. */
export function sForm(w: string): string {
  if (sibilant(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function doublesFinal(w: string): boolean {
  // short CVC monosyllables double the final consonant: ban → banned, stop → stopped
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w);
}

/**
 * A longer verb ending in one vowel + one consonant doubles it when the last syllable is stressed
 * (refer → referred, admit → admitted, and in British spelling travel → travelled) and not otherwise
 * (open → opened, target → targeted). Stress is not written, so both spellings are generated; the
 * one that is not a word never occurs in text.
 */
function mayDoubleFinal(w: string): boolean {
  return !doublesFinal(w) && /[^aeiou][aeiou][bdgklmnprt]$/.test(w) && /[aeiou]/.test(w.slice(0, -3));
}

/** Regular past tense / past participle spellings: one, or two when a final consonant may double. */
export function edForms(w: string): string[] {
  if (w.endsWith('e')) return [`${w}d`];
  if (/[^aeiou]y$/.test(w)) return [`${w.slice(0, -1)}ied`];
  if (doublesFinal(w)) return [`${w}${w.at(-1)}ed`];
  if (mayDoubleFinal(w)) return [`${w}ed`, `${w}${w.at(-1)}ed`];
  return [`${w}ed`];
}

/** Regular present participle spellings: one, or two when a final consonant may double. */
export function ingForms(w: string): string[] {
  if (w.endsWith('ie')) return [`${w.slice(0, -2)}ying`];
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 2) return [`${w.slice(0, -1)}ing`];
  if (doublesFinal(w)) return [`${w}${w.at(-1)}ing`];
  if (mayDoubleFinal(w)) return [`${w}ing`, `${w}${w.at(-1)}ing`];
  return [`${w}ing`];
}

/**
 * Surface forms of an English noun or name.
 *
 * @param base - lower-cased singular
 * @param cls - "fixed" for names (no plural), otherwise the regular plural is added
 * @param extra - irregular forms given by the dictionary
 */
export function englishNounForms(base: string, cls: string, extra: readonly string[] = []): Array<{ form: string; number: 'sg' | 'pl' }> {
  const out = new Map<string, 'sg' | 'pl'>([[base, 'sg']]);
  for (const x of extra) if (!out.has(x)) out.set(x, 'pl');
  if (cls !== 'fixed' && VOWELS.test(base) && !out.has(sForm(base))) out.set(sForm(base), 'pl');
  return [...out].map(([form, number]) => ({ form, number }));
}

/**
 * Surface forms of an English verb with coarse tags.
 *
 * @param base - lower-cased infinitive, e.g. "condemn"
 * @param irregular - irregular past forms, e.g. ["met"] for "meet"
 */
export function englishVerbForms(base: string, irregular: readonly string[] = []): Array<{ form: string; tags: { aspect: 'perfect' | 'imperfect'; person: number; number: string; gender: string; voice: string } }> {
  const tag = (aspect: 'perfect' | 'imperfect') => ({ aspect, person: 3, number: 'sg', gender: 'c', voice: 'active' });
  const past = irregular.length > 0 ? irregular : edForms(base);
  return [
    { form: base, tags: tag('imperfect') },
    { form: sForm(base), tags: tag('imperfect') },
    ...ingForms(base).map((form) => ({ form, tags: tag('imperfect') })),
    ...past.map((form) => ({ form, tags: tag('perfect') })),
  ];
}
