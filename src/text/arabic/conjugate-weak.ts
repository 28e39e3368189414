/**
 * The weak-verb half of `conjugate.ts`: reading a normalized past as a measure with radicals and weak
 * classes, the sound changes of weak radicals (hollow, defective, doubled), hamza seats, and rendering
 * a vocalized form into Marsad's matching normalization.
 *
 * Internal notation (never leaves this module and `conjugate.ts`): a form is written as a string of
 * Arabic consonants and Latin vowel marks. `a i u` are short vowels (unwritten), `A I U` long vowels
 * (written ا ي و), `Ā` a word-final ā (written ى, or ا), `°` the silent alef after the plural و,
 * `^` the alef of a prosthetic vowel (hamzat al-wasl), `ʔ` a hamza whose seat is not yet chosen.
 * Templates hold the root slots `1 2 3 4` (`5`/`6` repeat the third/fourth radical in measure IX and
 * in اطمأنّ) and `T`, the infix of measure VIII. Two equal consonants side by side are one letter with shadda.
 *
 * The rules are the standard ones for the weak verb and for the spelling of hamza as given by
 * W. Wright, "A Grammar of the Arabic Language" (3rd ed.), vol. I, Part II (the weak verbs), and
 * by the paradigm tables of K. Ryding, "A Reference Grammar of Modern Standard Arabic" (2005).
 */
import type { Pattern, VerbClass } from './conjugate.js';

/** One reading of a verb, as far as the sound changes need it. */
export interface EngineVerb {
  pattern: Pattern;
  /** Three or four radicals: Arabic letters, ء for hamza, و/ي for weak radicals. */
  radicals: readonly string[];
  classes: readonly VerbClass[];
  /** Stem vowel of the form I imperfect (a, i or u). */
  iv: string;
  /** The infix consonant of measure VIII (ت, or ط/د after emphatic and dental first radicals). */
  infix: string;
  /** Slots of two equal radicals that contract (`23` doubled verbs, `35` measure IX, `46` اطمأنّ), or ''. */
  pair: string;
}

/** The letters of the matching normalization. */
export const LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const VOWELS = 'aiuAIUĀ';
const LONG: Record<string, string> = { a: 'A', i: 'I', u: 'U' };
const SHORT: Record<string, string> = { A: 'a', I: 'i', U: 'u' };
const CONSONANT = /[\u0621-\u064Aʔ]/;

/** Defective (third-radical و/ي) contractions, tried in order on the slot `3`. */
const DEFECTIVE: ReadonlyArray<readonly [RegExp, string]> = [
  [/a3a(?=ت)/, 'a'], // دعت، رمت، التقتا: the weak radical falls before the feminine ت
  [/a3[au]$/, 'Ā'], // دعا، رمى، يلقى، يُدعى
  [/i3u$/, 'I'], // يرمي
  [/u3u$/, 'U'], // يدعو
  [/a3U/, 'aو'], // رموا، يلقون
  [/[iu]3U/, 'U'], // لقوا، يدعون، يرمون
  [/a3I/, 'aي'], // تلقين (2fs)
  [/[iu]3I/, 'I'], // تدعين، ترمين
  [/([aiu])3$/, '$1'], // jussive: يدعُ، يرمِ، يلقَ
  [/i3(?=[^aiuAIU])/, 'I'], // لقيت، يرمين (f. pl.)
  [/u3(?=[^aiuAIU])/, 'U'], // يدعون (f. pl.)
];

/** Hollow (second-radical و/ي) changes: قَوَلَ → قال، يَقْوُلُ → يقول، قَوَلْتُ → قُلْتُ. */
function hollow(s: string, shortA: string): string {
  let out = s.replace(/([\u0621-\u064Aʔ1-6T])2([aiu])/, (_m, c: string, v: string) => c + (LONG[v] ?? v));
  out = out.replace(/a2[aiu]/, 'A').replace(/u2i/, 'I');
  // a long vowel closed by the third radical is shortened: قالْتُ → قُلْتُ، يقولْ → يقُلْ
  return out.replace(/([AIU])3(?=[^aiuAIUĀ°]|$)/, (_m, l: string) => (l === 'A' ? shortA : (SHORT[l] ?? l)) + '3');
}

/** Doubled radicals `a`, `b` contract when `b` has a vowel: رَدَدَ → رَدَّ، يَرْدُدُ → يَرُدُّ. */
function contract(s: string, a: string, b: string): string {
  const re = new RegExp(`(.)${a}([aiu])${b}(?=[aiuAIU])`);
  return s.replace(re, (_m, x: string, v: string) => (VOWELS.includes(x) ? x + a + b : x + v + a + b));
}

/** Third radical و/ي: contractions, then the surviving glide spelled after its vowel. */
function defective(s: string, root3: string): string {
  let out = s;
  for (const [re, rep] of DEFECTIVE) {
    if (re.test(out)) {
      out = out.replace(re, rep);
      break;
    }
  }
  return out.replace(/([aiu])3/, (_m, v: string) => v + (v === 'u' ? 'و' : v === 'i' ? 'ي' : root3));
}

/**
 * Applies the weak-radical changes of `v` to a slotted template and fills in the radicals.
 *
 * @param slotted - template with slots and affixes, e.g. `يa12u3u`
 * @param v - the reading of the verb
 * @returns the vocalized form, e.g. `يaقUلu` for قال
 */
export function derive(slotted: string, v: EngineVerb): string {
  let s = slotted;
  const shortA = v.pattern === 'I' ? (v.iv === 'u' ? 'u' : 'i') : 'a';
  if (v.classes.includes('hollow')) s = hollow(s, shortA);
  if (v.pair) s = contract(s, v.pair[0] ?? '', v.pair[1] ?? '');
  const r = v.radicals.map((x) => (x === 'ء' ? 'ʔ' : x));
  if (v.classes.includes('defective')) s = defective(s, r[2] ?? 'ي');
  const slot: Record<string, string> = { '1': r[0] ?? '', '2': r[1] ?? '', '3': r[2] ?? '', '4': r[3] ?? '', '5': r[2] ?? '', '6': r[3] ?? '', T: v.infix };
  return s.replace(/[1-6T]/g, (d) => slot[d] ?? d);
}

/**
 * Turns a derived 2nd-person jussive into the imperative: drop the prefix ت and its vowel, then
 * add the hamza of measure IV, or a prosthetic vowel before two consonants (يكتب → اكتب، يقول → قل).
 */
export function imperativeOf(jussive: string, pattern: Pattern, iv: string): string {
  const stem = jussive.slice(2);
  if (pattern === 'IV') return 'ʔa' + stem;
  const cluster = !VOWELS.includes(stem[0] ?? 'a') && !VOWELS.includes(stem[1] ?? 'a');
  return cluster ? '^' + (pattern === 'I' && iv === 'u' ? 'u' : 'i') + stem : stem;
}

/** Seats for the hamza at index `k`: ا (on alef) or ء (on the line, on و or on ي after normalization). */
function seatsAt(t: string[], k: number): string[][] {
  const prev = t[k - 1] ?? '';
  const next = t[k + 1] ?? '';
  const put = (seat: string, eatNext: boolean): string[] => {
    const copy = [...t];
    copy[k] = seat;
    if (eatNext) copy[k + 1] = '';
    return copy;
  };
  if (k === 0) return [put('ا', next === 'A')]; // أ، إ، آ
  if (t.slice(k + 1).every((x) => x === '' || 'aiu'.includes(x))) return [put(prev === 'a' ? 'ا' : 'ء', false)];
  const own = VOWELS.includes(next) ? next : '';
  const pair = prev + own;
  if (/[iI]/.test(pair)) return [put('ء', false)]; // ئ
  if (/[uU]/.test(pair)) {
    // قرؤوا / قرأوا, يقرؤون / يقرأون: both spellings are current
    const both = own === 'U' && (prev === 'a' || !VOWELS.includes(prev));
    return both ? [put('ء', false), put('ا', false)] : [put('ء', false)];
  }
  if (prev === 'A' || prev === 'U') return [put('ء', false)]; // تساءل، جاءت
  return [put('ا', own === 'A')]; // سأل، يأخذ، قرآ
}

/** Geminates become one letter (shadda is not written in the normalization). */
function mergeGeminates(tokens: string[]): string[] {
  return tokens.filter((x, i) => !(i > 0 && x === tokens[i - 1] && CONSONANT.test(x)));
}

/** Renders seated tokens into normalized letters. */
function render(tokens: readonly string[], finalAlif: boolean): string {
  let out = '';
  for (const x of tokens) {
    if ('aiu'.includes(x)) continue;
    if (x === 'Ā') out += finalAlif || out.endsWith('ي') ? 'ا' : 'ي';
    else out += x === 'A' || x === '°' || x === '^' ? 'ا' : x === 'I' ? 'ي' : x === 'U' ? 'و' : x;
  }
  return out;
}

/**
 * Spells a vocalized form in the matching normalization, with every current hamza spelling.
 *
 * @param vocalized - output of {@link derive} (or {@link imperativeOf})
 * @param finalAlif - write a final ā as ا (form I perfect of a verb with third radical و: دعا) rather than ى→ي
 * @returns one or two spellings, e.g. `['قرءوا', 'قراوا']` for قرؤوا / قرأوا
 */
export function spell(vocalized: string, finalAlif: boolean): string[] {
  // two hamzas at the start: أَأْخُذُ → آخُذُ، أُؤْمِنُ → أُومِنُ
  const s = vocalized.replace(/^ʔ([aiu])ʔ(?![aiuAIU])/, (_m, v: string) => 'ʔ' + (LONG[v] ?? v));
  let variants = [mergeGeminates([...s])];
  const first = variants[0] ?? [];
  first.forEach((x, k) => {
    if (x === 'ʔ') variants = variants.flatMap((t) => seatsAt(t, k));
  });
  return [...new Set(variants.map((t) => render(t, finalAlif)))];
}

// ---- reading the past (measure, radicals, weak classes) -----------------------------------------

/** Form I verbs whose `CاC` past is read with a medial hamza (سأل) unless a present says otherwise. */
const MEDIAL_HAMZA = new Set(['سال', 'راس', 'داب', 'باس']);
/** `CCا` pasts read with a final hamza: form I (قرأ), form II (هنّأ), or both I readings (بدأ and بدا). */
const FINAL_HAMZA = new Map<string, 'I' | 'II' | 'both'>([
  ...['قرا', 'لجا', 'نشا', 'ملا', 'هدا', 'طرا', 'برا', 'خبا'].map((w) => [w, 'I'] as const),
  ...['هنا', 'نبا', 'هيا', 'جزا'].map((w) => [w, 'II'] as const), ['بدا', 'both'],
]);
/** `اCC` pasts whose measure is known: I (أخذ), II (أكّد) or IV of a doubled root (أعدّ); others get all three. */
const HAMZA_INITIAL = new Map<string, Pattern>([
  ...['اخذ', 'اكل', 'امر', 'اذن', 'امل', 'اسر'].map((w) => [w, 'I'] as const),
  ...['اكد', 'اجل', 'اثر', 'ايد', 'اسس', 'اهل', 'اخر', 'اطر', 'ارخ', 'الف', 'اول'].map((w) => [w, 'II'] as const),
  ...['اعد', 'اقر', 'اصر', 'احب', 'اتم', 'اهم', 'اضر', 'امد', 'احس', 'احل', 'اعز', 'اخل'].map((w) => [w, 'IV'] as const),
]);
/** Form I imperatives that drop the hamza: خذ، كل، مر. */
const SHORT_IMPERATIVE = new Set(['ءخذ', 'ءكل', 'ءمر']);
/** Measure IX verbs (colours and defects), spelled like measure IV when unvocalized. */
const MEASURE_IX = new Set(['احمر', 'اصفر', 'اخضر', 'ازرق', 'اسود', 'ابيض', 'اعوج', 'اسمر', 'اشقر', 'احول']);
/** Measure VIII verbs whose infix merged with a ط/د first radical (ادّعى، اطّلع). */
const VIII_MERGED = new Set(['ادعي', 'اطلع', 'ادخر', 'اطرد', 'ادرا']);

/** One reading of a past: engine data, template key, perfect stem vowel, lexical flags and rank (0 = default). */
export interface Reading extends EngineVerb {
  tpl: string; pv: string; wDrop: boolean; dropC2: boolean; shortImperative: boolean; rank: number;
}
interface Options { hollow?: boolean; doubled?: boolean; assimilated?: boolean; pv?: string; iv?: string; rank?: number; infix?: string; tpl?: string; dropC2?: boolean }

/** The VIII infix after a first radical: ط after emphatics, د after د ذ ز, else ت. */
const infixFor = (c: string | undefined): string => ('صضطظ'.includes(c ?? '-') ? 'ط' : 'دذز'.includes(c ?? '-') ? 'د' : 'ت');

/** Builds a reading; an ا in a radical slot is a hamza (or ى after ي at the end of a derived verb). */
function mk(pattern: Pattern, rad: readonly string[], o: Options = {}): Reading {
  const radicals = rad.map((x, i) => (x !== 'ا' ? x : i === rad.length - 1 && rad[i - 1] === 'ي' ? 'ي' : 'ء'));
  const classes: VerbClass[] = [];
  const tpl = o.tpl ?? pattern;
  if (o.hollow) classes.push('hollow');
  if (pattern !== 'Q' && 'وي'.includes(radicals[2] ?? '-')) classes.push('defective');
  if (radicals[0] === 'و' || o.assimilated) classes.push('assimilated');
  if (o.doubled) classes.push('doubled');
  if (radicals.includes('ء')) classes.push('hamzated');
  if (classes.length === 0) classes.push('sound');
  return {
    pattern, radicals, classes, tpl, pv: o.pv ?? 'a', iv: o.iv ?? 'u', infix: o.infix ?? infixFor(radicals[0]),
    pair: o.doubled ? '23' : pattern === 'IX' ? '35' : tpl === 'Q4' ? '46' : '',
    wDrop: false, dropC2: o.dropC2 ?? false, shortImperative: false, rank: o.rank ?? 0,
  };
}

/** Three-letter past beginning with ا: أخذ (I), أكّد (II), أعدّ (IV doubled), آمن (IV), آزر (III). */
function hamzaInitial(w: string, b: string, c: string): Reading[] {
  const r = ['ء', b, c];
  if (c === 'ي') return [mk('I', r, { iv: 'i' }), mk('I', r, { pv: 'i', iv: 'a' }), mk('IV', r, { rank: 1 }), mk('II', r, { rank: 1 })];
  const known = HAMZA_INITIAL.get(w);
  const rank = (p: Pattern): number => (known === undefined || known === p ? 0 : 1);
  const first = { ...mk('I', r, { rank: rank('I') }), shortImperative: SHORT_IMPERATIVE.has(r.join('')) };
  return [first, mk('II', r, { rank: rank('II') }), mk('IV', [b, c, c], { doubled: true, rank: rank('IV') }), mk('IV', r, { rank: 2 }), mk('III', r, { rank: 2 })];
}

/** Three-letter past with ا in the middle: hollow (قال/يقول by default), medial hamza (سأل), رأى. */
function medialAlif(w: string, a: string, c: string): Reading[] {
  if (c === 'ي') return [mk('I', [a, 'ء', 'ي'], { iv: 'a', dropC2: a === 'ر' })];
  const h = (iv: string, rank: number): Reading => mk('I', [a, iv === 'i' ? 'ي' : 'و', c], { hollow: true, iv, pv: iv === 'a' ? 'i' : 'a', rank });
  if (c === 'ء') return [h('i', 0), h('a', 1), h('u', 1)]; // جاء/يجيء, شاء/يشاء, ساء/يسوء
  const lex = MEDIAL_HAMZA.has(w);
  return [h('u', lex ? 1 : 0), h('i', 1), h('a', 1), mk('I', [a, 'ء', c], { iv: 'a', rank: lex ? 0 : 2 })];
}

/** Three-letter past by its last letters: defective (رمى/لقي, دعا), hamzated (قرأ, يئس), sound. */
function formOneByEnd(w: string, a: string, b: string, c: string): Reading[] {
  if (c === 'ي') return [mk('I', [a, b, 'ي'], { iv: 'i' }), mk('I', [a, b, 'ي'], { pv: 'i', iv: 'a' })];
  if (c === 'ا') {
    const lex = FINAL_HAMZA.get(w);
    const rank = (p: string): number => (lex === p || (lex === 'both' && p !== 'II') || (!lex && p === 'w') ? 0 : 1);
    return [mk('I', [a, b, 'و'], { rank: rank('w') }), mk('I', [a, b, 'ء'], { iv: 'a', rank: rank('I') }), mk('II', [a, b, 'ء'], { rank: rank('II') })];
  }
  if (b === 'ء' || c === 'ء') return [mk('I', [a, b, c], { pv: 'i', iv: 'a' })];
  if (b === 'و' || b === 'ي') return [mk('II', [a, b, c])]; // قوّم، عيّن
  return [mk('I', [a, b, c]), mk('II', [a, b, c], { rank: 1 })];
}

function formOne(w: string): Reading[] {
  const [a = '', b = '', c = ''] = [...w];
  if (a === 'ا') return hamzaInitial(w, b, c);
  if (b === 'ا') return medialAlif(w, a, c);
  const base = formOneByEnd(w, a, b, c);
  if (a !== 'و') return base;
  // وصل/يصل (form I drops و) and وقّع/يوقّع (form II): both unless the present decides
  const one = base.filter((r) => r.pattern === 'I').map((r) => ({ ...r, iv: r.iv === 'u' ? 'i' : r.iv, wDrop: true }));
  return [...one, mk('II', [a, b, c === 'ا' ? 'ي' : c])];
}

/** Four letters beginning with ا: IV (أعلن، أدان), VIII with assimilated or doubled radicals, VII doubled, IX. */
function alifFour(w: string, b: string, c: string, d: string): Reading[] {
  if (MEASURE_IX.has(w)) return [mk('IX', [b, c, d])];
  if (c === 'ا') return [mk('IV', [b, 'و', d], { hollow: true })];
  if (b === 'ت') return [mk('VIII', ['ت', c, d], { assimilated: true })]; // اتفق، اتصل، اتخذ
  if (VIII_MERGED.has(w)) return [mk('VIII', [b, c, d], { infix: b })];
  const strong = !'يا'.includes(d);
  if (b === 'ن' && strong) return [mk('IV', [b, c, d]), mk('VII', [c, d, d], { doubled: true })];
  if (c === infixFor(b) && strong) return [mk('VIII', [b, d, d], { doubled: true, infix: c }), mk('IV', [b, c, d])];
  return [mk('IV', [b, c, d])];
}

function fourLetters(w: string): Reading[] {
  const [a = '', b = '', c = '', d = ''] = [...w];
  if (a === 'ا') return alifFour(w, b, c, d);
  if (a === 'ت' && c === 'ا') return [mk('V', [b, 'ء', d]), mk('VI', [b, d, d], { doubled: true })]; // ترأس، تحابّ
  if (a === 'ت') return [mk('V', [b, c, d])];
  if (b === 'ا') return [mk('III', [a, c, d])];
  return [mk('Q', [a, b, c, d])];
}

function fiveLetters(w: string): Reading[] {
  const [a = '', b = '', c = '', d = '', e = ''] = [...w];
  if (a === 'ت') return c === 'ا' ? [mk('VI', [b, d, e])] : [mk('Q', [b, c, d, e], { tpl: 'tQ' })];
  if (a !== 'ا') return [];
  if (c === infixFor(b)) {
    const viii = d === 'ا' ? mk('VIII', [b, 'و', e], { hollow: true, infix: c }) : mk('VIII', [b, d, e], { infix: c });
    // استمرّ (X doubled) and استمع (VIII) share their spelling
    return b === 'س' && d !== 'ا' && !'يا'.includes(e) ? [mk('X', [d, e, e], { doubled: true }), viii] : [viii];
  }
  if (b === 'ن') return [d === 'ا' ? mk('VII', [c, 'و', e], { hollow: true }) : mk('VII', [c, d, e])];
  return [mk('Q', [b, c, d, e], { tpl: 'Q4' })]; // اطمأنّ، اقشعرّ
}

function sixLetters(w: string): Reading[] {
  const [, , , d = '', e = '', f = ''] = [...w];
  if (!w.startsWith('است')) return [];
  return [e === 'ا' ? mk('X', [d, 'و', f], { hollow: true }) : mk('X', [d, e, f])];
}

export const SHAPES = 'CC (رد), CCC (قال، دعا، وصل), اCCC/اCاC (IV), CاCC (III), تCCC (V), تCاCC (VI), انCCC (VII), اCتCC (VIII), استCCC (X) or CCCC (Q)';

/** All readings of a normalized past, best first; [] when the shape is not a verb. */
export function readingsOf(w: string): Reading[] {
  const byLength: Record<number, (x: string) => Reading[]> = {
    2: (x) => [mk('I', ['ا' === x[0] ? 'ء' : (x[0] ?? ''), x[1] ?? '', x[1] ?? ''], { doubled: true })],
    3: formOne, 4: fourLetters, 5: fiveLetters, 6: sixLetters,
  };
  const found = byLength[w.length]?.(w) ?? [];
  return found.filter((r) => r.radicals.every((x) => x.length === 1 && x !== 'ا' && LETTERS.includes(x)));
}
