/**
 * Every surface form of an Arabic verb, without clitics, in Marsad's matching normalization
 * (no harakat or shadda; أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء), generated from the normalized
 * past (3rd person masculine singular perfect) a dictionary author writes once.
 *
 * The past is read as one of the measures I–X or a quadriliteral; its radicals and weak classes
 * follow from the shape. Where unvocalized spelling leaves the reading open (أخذ, أكّد and أعدّ are
 * all `اخذ`-shaped; وصل/يصل and وقّع/يوقّع), every default reading is generated; an optional present
 * (3ms imperfect) picks the reading. Paradigms: W. Wright, "A Grammar of the Arabic Language"
 * (3rd ed.), vol. I, Part II (the verb: derived measures, weak and hamzated verbs); K. Ryding,
 * "A Reference Grammar of Modern Standard Arabic" (2005), verb paradigm tables.
 * Reading the past (measure, radicals, weak classes), sound changes and hamza spelling live in
 * `conjugate-weak.ts`; this file holds the affix tables, the generator and the API.
 */
import { derive, imperativeOf, LETTERS, readingsOf, SHAPES, spell, type Reading } from './conjugate-weak.js';

/** Perfect (الماضي), imperfect (المضارع) or imperative (الأمر). */
export type Aspect = 'perfect' | 'imperfect' | 'imperative';
/** Active, or passive (المبني للمجهول: قُتل، يُقتل). */
export type Voice = 'active' | 'passive';
/** Mood of the imperfect: indicative (يفعلُ), subjunctive after أن/لن (يفعلَ), jussive after لم/لا (يفعلْ). */
export type Mood = 'indicative' | 'subjunctive' | 'jussive';
/** Person, gender, number, aspect, voice (and mood for the imperfect) of one form. */
export interface VerbFeatures { aspect: Aspect; voice: Voice; person: 1 | 2 | 3; gender: 'm' | 'f' | 'c'; number: 'sg' | 'du' | 'pl'; mood?: Mood }
/** A dictionary verb: normalized 3ms perfect, and optionally the normalized 3ms imperfect indicative. */
export interface VerbLemma { past: string; present?: string }
/** One generated surface form. */
export interface VerbForm { form: string; features: VerbFeatures }
/** Weak classes: hollow (قال), defective (دعا، رمى), assimilated (وصل), doubled (ردّ), hamzated (أخذ، سأل، قرأ). */
export type VerbClass = 'sound' | 'hollow' | 'defective' | 'assimilated' | 'doubled' | 'hamzated';
/** Measure (وزن) of the verb; `Q` covers the quadriliteral and its t-measure (ترجم، تزلزل). */
export type Pattern = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX' | 'X' | 'Q';

/** How `analyzeLemma` reads a verb. */
export interface LemmaAnalysis {
  pattern: Pattern;
  classes: VerbClass[];
  /** Radicals, ء for hamza; the middle radical of a hollow verb is given as و or ي. */
  root: string[];
  /** Perfect stem before a consonant suffix (ت، نا، ن): قال → قل، رد → ردد، دعا → دعو. */
  pastStem: string;
  /** 3ms imperfect indicative without its prefix: يقول → قول. */
  presentStem: string;
  /** Other readings generated too (when the spelling leaves the measure open). */
  alternatives: Array<{ pattern: Pattern; classes: VerbClass[]; root: string[] }>;
}

/** Thrown when a lemma is not an Arabic verb shape or its present does not fit its past. */
export class ConjugationError extends Error {
  constructor(lemma: VerbLemma, expected: string) {
    const present = lemma?.present === undefined ? '' : `, present "${String(lemma.present)}"`;
    super(`marsad: cannot conjugate past "${String(lemma?.past)}"${present}: expected ${expected}`);
    this.name = 'ConjugationError';
  }
}
/** The same class under the name used in the design notes. */
export { ConjugationError as MarsadConjugationError };

// ---- tables -----------------------------------------------------------------------------------

const LATIN: Record<string, string> = { t: 'ت', n: 'ن', s: 'س', m: 'م', y: 'ي', "'": 'ʔ' };
/** Transliterated affix → internal notation (t n s m y ' are consonants; a i u A I U ° ^ T stay). */
const ar = (s: string): string => s.replace(/[tnsmy']/g, (c) => LATIN[c] ?? c);

type Row = readonly [person: 1 | 2 | 3, gender: 'm' | 'f' | 'c', number: 'sg' | 'du' | 'pl', prefix: string, ending: string, perfect: string];
/** The 13 persons: imperfect prefix, imperfect ending class, perfect suffix. */
const PERSONS: readonly Row[] = [
  [3, 'm', 'sg', 'y', '', 'a'], [3, 'f', 'sg', 't', '', 'at'], [3, 'm', 'du', 'y', 'du', 'A'],
  [3, 'f', 'du', 't', 'du', 'atA'], [3, 'm', 'pl', 'y', 'mp', 'U°'], [3, 'f', 'pl', 'y', 'fp', 'na'],
  [2, 'm', 'sg', 't', '', 'ta'], [2, 'f', 'sg', 't', 'fs', 'ti'], [2, 'c', 'du', 't', 'du', 'tumA'],
  [2, 'm', 'pl', 't', 'mp', 'tum'], [2, 'f', 'pl', 't', 'fp', 'tunna'], [1, 'c', 'sg', "'", '', 'tu'],
  [1, 'c', 'pl', 'n', '', 'nA'],
];
/** Imperfect endings by mood: ∅ (3ms…), dual ان/ا, m. pl. ون/وا, 2fs ين/ي, f. pl. ن. */
const ENDINGS: Record<Mood, Record<string, string>> = {
  indicative: { '': 'u', du: 'Ani', mp: 'Una', fs: 'Ina', fp: 'na' },
  subjunctive: { '': 'a', du: 'A', mp: 'U°', fs: 'I', fp: 'na' },
  jussive: { '': '', du: 'A', mp: 'U°', fs: 'I', fp: 'na' },
};
const MOODS: readonly Mood[] = ['indicative', 'subjunctive', 'jussive'];

/** Stems per measure: perfect active/passive; imperfect active/passive begin with the prefix vowel.
 * `P`/`V` are the form I perfect/imperfect stem vowels. No passive for VII and IX. */
interface Templates { perf: string; pass?: string; impf: string; ipass?: string }
const TEMPLATES: Record<string, Templates> = {
  I: { perf: '1a2P3', pass: '1u2i3', impf: 'a12V3', ipass: 'u12a3' },
  II: { perf: '1a22a3', pass: '1u22i3', impf: 'u1a22i3', ipass: 'u1a22a3' },
  III: { perf: '1A2a3', pass: '1U2i3', impf: 'u1A2i3', ipass: 'u1A2a3' },
  IV: { perf: "'a12a3", pass: "'u12i3", impf: 'u12i3', ipass: 'u12a3' },
  V: { perf: 'ta1a22a3', pass: 'tu1u22i3', impf: 'ata1a22a3', ipass: 'uta1a22a3' },
  VI: { perf: 'ta1A2a3', pass: 'tu1U2i3', impf: 'ata1A2a3', ipass: 'uta1A2a3' },
  VII: { perf: '^in1a2a3', impf: 'an1a2i3' },
  VIII: { perf: '^i1Ta2a3', pass: '^u1Tu2i3', impf: 'a1Ta2i3', ipass: 'u1Ta2a3' },
  IX: { perf: '^i12a3a5', impf: 'a12a3i5' },
  X: { perf: '^ista12a3', pass: '^ustu12i3', impf: 'asta12i3', ipass: 'usta12a3' },
  Q: { perf: '1a23a4', pass: '1u23i4', impf: 'u1a23i4', ipass: 'u1a23a4' },
  tQ: { perf: 'ta1a23a4', pass: 'tu1u23i4', impf: 'ata1a23a4', ipass: 'uta1a23a4' },
  Q4: { perf: '^i12a34a6', impf: 'a12a34i6' },
};

// ---- generation -----------------------------------------------------------------------------------

/** The templates of a reading, with its stem vowels and lexical changes applied. */
function templatesOf(r: Reading): Templates {
  const t = TEMPLATES[r.tpl] ?? TEMPLATES.I as Templates;
  let impf = t.impf.replace('V', r.iv);
  let ipass = t.ipass;
  if (r.wDrop) impf = impf.replace('12', '2'); // يصل
  if (r.dropC2) { impf = impf.replace(/12./, '1a'); ipass = ipass?.replace(/12./, '1a'); } // يرى
  const out: Templates = { perf: ar(t.perf.replace('P', r.pv)), impf: ar(impf) };
  if (t.pass) out.pass = ar(t.pass);
  if (ipass) out.ipass = ar(ipass);
  return out;
}

function features(aspect: Aspect, voice: Voice, row: Row, mood?: Mood): VerbFeatures {
  const f: VerbFeatures = { aspect, voice, person: row[0], gender: row[1], number: row[2] };
  if (mood) f.mood = mood;
  return f;
}

/** Slotted imperfect strings for one cell; a doubled jussive also has its contracted variant (يرد beside يردد). */
function imperfectSlots(r: Reading, stem: string, row: Row, mood: Mood): string[] {
  const ending = ar(ENDINGS[mood][row[4]] ?? '');
  const s = ar(row[3]) + stem + ending;
  return r.pair !== '' && mood === 'jussive' && ending === '' ? [s, s + 'a'] : [s];
}

/** Every form of one reading. */
function generate(r: Reading): VerbForm[] {
  const t = templatesOf(r);
  const out: VerbForm[] = [];
  const add = (vocalized: string, f: VerbFeatures, finalAlif = false): void => {
    for (const form of spell(vocalized, finalAlif)) out.push({ form, features: f });
  };
  const alifDa = r.pattern === 'I' && r.radicals[2] === 'و';
  for (const row of PERSONS) {
    add(derive(t.perf + ar(row[5]), r), features('perfect', 'active', row), alifDa);
    if (t.pass) add(derive(t.pass + ar(row[5]), r), features('perfect', 'passive', row));
    for (const mood of MOODS) {
      for (const s of imperfectSlots(r, t.impf, row, mood)) add(derive(s, r), features('imperfect', 'active', row, mood));
      for (const s of t.ipass ? imperfectSlots(r, t.ipass, row, mood) : []) add(derive(s, r), features('imperfect', 'passive', row, mood));
    }
    if (row[0] !== 2) continue;
    for (const s of imperfectSlots(r, t.impf, row, 'jussive')) {
      const f = features('imperative', 'active', row);
      add(imperativeOf(derive(s, r), r.pattern, r.iv), f);
      if (r.shortImperative) add(imperativeOf(derive(s, r), r.pattern, r.iv).replace(/^\^uʔ/, ''), f); // خذ
    }
  }
  return out;
}

function dedupe(forms: readonly VerbForm[]): VerbForm[] {
  const seen = new Map<string, VerbForm>();
  for (const f of forms) {
    const x = f.features;
    const key = [f.form, x.aspect, x.voice, x.person, x.gender, x.number, x.mood ?? ''].join('|');
    if (!seen.has(key)) seen.set(key, f);
  }
  return [...seen.values()];
}

const is3msPresent = (f: VerbFeatures): boolean =>
  f.aspect === 'imperfect' && f.voice === 'active' && f.mood === 'indicative' && f.person === 3 && f.gender === 'm' && f.number === 'sg';

// ---- API ----------------------------------------------------------------------------------------

/** Strips harakat, shadda, tatweel and dagger alef, and folds hamza seats, ى and ة (lenient input). */
function normalizeInput(s: string): string {
  return s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/[ؤئ]/g, 'ء').trim();
}

/** The readings `conjugate` generates for a lemma: the default ones, or those matching `present`. */
function chosenReadings(lemma: VerbLemma): Reading[] {
  if (typeof lemma?.past !== 'string') throw new ConjugationError(lemma, 'a lemma object with a string "past"');
  const past = normalizeInput(lemma.past);
  if (![...past].every((c) => LETTERS.includes(c))) throw new ConjugationError(lemma, `Arabic letters only (${LETTERS})`);
  const all = readingsOf(past);
  if (all.length === 0) throw new ConjugationError(lemma, `a verb of shape ${SHAPES}`);
  if (lemma.present === undefined) return all.filter((r) => r.rank === 0);
  if (typeof lemma.present !== 'string') throw new ConjugationError(lemma, 'a string "present" or none');
  const present = normalizeInput(lemma.present);
  const fits = all.filter((r) => generate(r).some((f) => f.form === present && is3msPresent(f.features)));
  if (fits.length === 0) {
    const options = [...new Set(all.flatMap((r) => generate(r).filter((f) => is3msPresent(f.features)).map((f) => f.form)))];
    throw new ConjugationError(lemma, `a present that fits the past: one of ${options.join(', ')}`);
  }
  const best = Math.min(...fits.map((r) => r.rank));
  return fits.filter((r) => r.rank === best);
}

/**
 * Reads a lemma: its measure, weak classes, radicals and stems.
 *
 * @param lemma - normalized past 3ms (e.g. "ادان") and optionally the normalized present 3ms ("يدين")
 * @returns the first reading `conjugate` uses, with the other generated readings in `alternatives`
 * @throws {ConjugationError} when the past is not an Arabic verb shape, or the present does not fit it
 * @example
 * analyzeLemma({ past: 'ادان' }) // → { pattern: 'IV', classes: ['hollow'], root: ['د', 'و', 'ن'], pastStem: 'ادن', presentStem: 'دين', … }
 */
export function analyzeLemma(lemma: VerbLemma): LemmaAnalysis {
  const [first, ...rest] = chosenReadings(lemma);
  if (!first) throw new ConjugationError(lemma, `a verb of shape ${SHAPES}`);
  const t = templatesOf(first);
  const present = generate(first).find((f) => is3msPresent(f.features))?.form ?? '';
  return {
    pattern: first.pattern, classes: [...first.classes], root: [...first.radicals],
    pastStem: (spell(derive(t.perf + 'ـ', first), false)[0] ?? '').replace('ـ', ''),
    presentStem: present.slice(1),
    alternatives: rest.map((r) => ({ pattern: r.pattern, classes: [...r.classes], root: [...r.radicals] })),
  };
}

/**
 * Every surface form of a verb, without clitics, in the matching normalization: perfect active and
 * passive (13 persons), imperfect active and passive in the indicative, subjunctive and jussive
 * (13 persons each), and the imperative (5 persons). Spellings that are the same in both voices
 * are emitted for both; a cell can have several spellings (يرد/يردد, قرءوا/قراوا).
 *
 * @param lemma - normalized past 3ms (e.g. "قال", "التقي", "رد") and optionally the normalized
 *   present 3ms ("يقول"); when given, the present selects the reading of the imperfect
 * @returns forms deduplicated by (form, features), in a stable order
 * @throws {ConjugationError} when the past is not an Arabic verb shape (empty, non-Arabic letters,
 *   one letter, an unknown shape), or the present fits no reading of the past
 * @example
 * conjugate({ past: 'قال' }).find((f) => f.features.aspect === 'perfect' && f.features.person === 1)?.form // → 'قلت'
 */
export function conjugate(lemma: VerbLemma): VerbForm[] {
  return dedupe(chosenReadings(lemma).flatMap(generate));
}
