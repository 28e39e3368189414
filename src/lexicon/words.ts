/**
 * Word specs for dictionary lemmas: Arabic verbs through the conjugator, English verbs through the
 * regular spelling rules, nouns and fixed phrases through {@link phraseWords}.
 */
import type { Lang } from '../model/document.js';
import { conjugate } from '../text/arabic/conjugate.js';
import { englishVerbForms } from '../text/english/inflect.js';
import { normalizeWord } from '../text/normalize.js';
import { phraseWords, type WordSpec } from './lexicon.js';

/** Part of speech of a dictionary lemma. */
export type LemmaPos = 'verb' | 'noun' | 'fixed';

/**
 * The word specs of one lemma as written in a data file.
 *
 * @param lemma - Arabic past 3ms or English infinitive for verbs (English irregular forms after "|"),
 *   singular for nouns (broken or irregular plurals after "|"), the exact phrase for fixed entries
 * @param present - Arabic 3ms imperfect when not derivable, else ""
 * @throws ConjugationError (from the conjugator) when an Arabic verb lemma is not a verb shape
 */
export function lemmaWords(lemma: string, pos: LemmaPos, lang: Lang, present = ''): WordSpec[] {
  const [rawHead = '', ...rawRest] = lemma.split('|').map((v) => v.trim());
  if (pos !== 'verb') return phraseWords(rawHead, lang, pos === 'noun' ? 'noun' : 'fixed', rawRest);
  const head = normalizeWord(rawHead);
  const rest = rawRest.map(normalizeWord);
  {
    if (lang === 'ar') {
      const forms = conjugate(present ? { past: head, present: normalizeWord(present) } : { past: head }).map((f) => ({
        form: f.form,
        tags: { aspect: f.features.aspect, person: f.features.person, number: f.features.number, gender: f.features.gender, voice: f.features.voice, mood: f.features.mood },
      }));
      return [{ base: head, cls: 'verb', verbForms: forms }];
    }
    return [{ base: head, cls: 'verb', verbForms: englishVerbForms(head, rest) }];
  }
}
