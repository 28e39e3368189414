import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLemma, conjugate, ConjugationError, MarsadConjugationError, type VerbFeatures, type VerbLemma } from './conjugate.js';

/** `[lemma, cell, form]`: lemma is `past` or `past:present`; cell is `[pf|ind|sub|jus|imp].[p.]person`
 * (`p` = passive), person one of 3ms 3fs 3md 3fd 3mp 3fp 2ms 2fs 2d 2mp 2fp 1s 1p. */
type Case = readonly [lemma: string, cell: string, form: string];

const PERSON: Record<string, Pick<VerbFeatures, 'person' | 'gender' | 'number'>> = {
  '3ms': { person: 3, gender: 'm', number: 'sg' }, '3fs': { person: 3, gender: 'f', number: 'sg' },
  '3md': { person: 3, gender: 'm', number: 'du' }, '3fd': { person: 3, gender: 'f', number: 'du' },
  '3mp': { person: 3, gender: 'm', number: 'pl' }, '3fp': { person: 3, gender: 'f', number: 'pl' },
  '2ms': { person: 2, gender: 'm', number: 'sg' }, '2fs': { person: 2, gender: 'f', number: 'sg' },
  '2d': { person: 2, gender: 'c', number: 'du' }, '2mp': { person: 2, gender: 'm', number: 'pl' },
  '2fp': { person: 2, gender: 'f', number: 'pl' }, '1s': { person: 1, gender: 'c', number: 'sg' },
  '1p': { person: 1, gender: 'c', number: 'pl' },
};
const MOODS = { ind: 'indicative', sub: 'subjunctive', jus: 'jussive' } as const;

function cellFeatures(cell: string): VerbFeatures {
  const parts = cell.split('.');
  const [head = '', person = ''] = [parts[0], parts[parts.length - 1]];
  const p = PERSON[person];
  assert.ok(p, `bad cell ${cell}`);
  const voice = parts.length === 3 ? 'passive' : 'active';
  if (head === 'pf') return { aspect: 'perfect', voice, ...p };
  if (head === 'imp') return { aspect: 'imperative', voice, ...p };
  const mood = MOODS[head as keyof typeof MOODS];
  assert.ok(mood, `bad cell ${cell}`);
  return { aspect: 'imperfect', voice, ...p, mood };
}

const lemmaOf = (s: string): VerbLemma => {
  const [past = '', present] = s.split(':');
  return present === undefined ? { past } : { past, present };
};
const cache = new Map<string, ReturnType<typeof conjugate>>();
const formsOf = (s: string): ReturnType<typeof conjugate> => {
  const hit = cache.get(s) ?? conjugate(lemmaOf(s));
  cache.set(s, hit);
  return hit;
};
const sameFeatures = (a: VerbFeatures, b: VerbFeatures): boolean =>
  a.aspect === b.aspect && a.voice === b.voice && a.person === b.person && a.gender === b.gender && a.number === b.number && a.mood === b.mood;

function check(cases: readonly Case[]): void {
  for (const [lemma, cell, form] of cases) {
    const want = cellFeatures(cell);
    const got = formsOf(lemma).filter((f) => sameFeatures(f.features, want)).map((f) => f.form);
    assert.ok(got.includes(form), `${lemma} ${cell}: expected ${form}, got [${got.join(', ')}]`);
  }
}

const TABLE: Record<string, readonly Case[]> = {
  'sound form I perfect: all 13 persons': [
    ['بحث', 'pf.3ms', 'بحث'], ['بحث', 'pf.3fs', 'بحثت'], ['بحث', 'pf.3md', 'بحثا'], ['بحث', 'pf.3fd', 'بحثتا'],
    ['بحث', 'pf.3mp', 'بحثوا'], ['بحث', 'pf.3fp', 'بحثن'], ['بحث', 'pf.2ms', 'بحثت'], ['بحث', 'pf.2fs', 'بحثت'],
    ['بحث', 'pf.2d', 'بحثتما'], ['بحث', 'pf.2mp', 'بحثتم'], ['بحث', 'pf.2fp', 'بحثتن'], ['بحث', 'pf.1s', 'بحثت'],
    ['بحث', 'pf.1p', 'بحثنا'],
  ],
  'sound form I imperfect indicative: all 13 persons': [
    ['بحث', 'ind.3ms', 'يبحث'], ['بحث', 'ind.3fs', 'تبحث'], ['بحث', 'ind.3md', 'يبحثان'], ['بحث', 'ind.3fd', 'تبحثان'],
    ['بحث', 'ind.3mp', 'يبحثون'], ['بحث', 'ind.3fp', 'يبحثن'], ['بحث', 'ind.2ms', 'تبحث'], ['بحث', 'ind.2fs', 'تبحثين'],
    ['بحث', 'ind.2d', 'تبحثان'], ['بحث', 'ind.2mp', 'تبحثون'], ['بحث', 'ind.2fp', 'تبحثن'], ['بحث', 'ind.1s', 'ابحث'],
    ['بحث', 'ind.1p', 'نبحث'],
  ],
  'subjunctive and jussive endings: dual ا, plural وا, 2fs ي, feminine plural ن': [
    ['بحث', 'sub.3md', 'يبحثا'], ['بحث', 'sub.3mp', 'يبحثوا'], ['بحث', 'sub.2fs', 'تبحثي'], ['بحث', 'sub.3fp', 'يبحثن'],
    ['بحث', 'jus.3ms', 'يبحث'], ['بحث', 'jus.2mp', 'تبحثوا'], ['بحث', 'jus.1p', 'نبحث'], ['بحث', 'jus.2d', 'تبحثا'],
  ],
  'imperative of form I takes a prosthetic alef': [
    ['بحث', 'imp.2ms', 'ابحث'], ['بحث', 'imp.2fs', 'ابحثي'], ['بحث', 'imp.2d', 'ابحثا'], ['بحث', 'imp.2mp', 'ابحثوا'],
    ['بحث', 'imp.2fp', 'ابحثن'], ['كتب', 'imp.2ms', 'اكتب'],
  ],
  'passive forms are emitted, also where the spelling equals the active': [
    ['قتل', 'pf.p.3ms', 'قتل'], ['قتل', 'ind.p.3ms', 'يقتل'], ['قتل', 'pf.p.3mp', 'قتلوا'], ['اعتقل', 'pf.p.3ms', 'اعتقل'],
    ['اعتقل', 'ind.p.3mp', 'يعتقلون'], ['وقع', 'pf.p.3ms', 'وقع'], ['وقع', 'ind.p.3ms', 'يوقع'], ['استقبل', 'pf.p.3ms', 'استقبل'],
    ['طالب', 'pf.p.3ms', 'طولب'], ['تبادل', 'pf.p.3ms', 'تبودل'],
  ],
  'measure II is generated as I when unvocalized (رحب، وقع)': [
    ['رحب', 'pf.3fs', 'رحبت'], ['رحب', 'ind.3ms', 'يرحب'], ['رحب', 'pf.3mp', 'رحبوا'], ['وقع', 'pf.3fd', 'وقعتا'],
    ['وقع', 'pf.3md', 'وقعا'], ['وقع', 'ind.3ms', 'يوقع'], ['عين', 'ind.3ms', 'يعين'], ['عين', 'pf.3fs', 'عينت'],
  ],
  'measure III (طالب، شارك، تابع)': [
    ['طالب', 'pf.3mp', 'طالبوا'], ['طالب', 'ind.3fs', 'تطالب'], ['طالب', 'imp.2ms', 'طالب'], ['شارك', 'ind.3mp', 'يشاركون'],
    ['تابع', 'jus.3ms', 'يتابع'], ['شارك', 'pf.1s', 'شاركت'],
  ],
  'measure IV (اعلن، اعرب)': [
    ['اعلن', 'pf.3fs', 'اعلنت'], ['اعلن', 'ind.3ms', 'يعلن'], ['اعلن', 'ind.1s', 'اعلن'], ['اعلن', 'imp.2ms', 'اعلن'],
    ['اعلن', 'pf.p.3ms', 'اعلن'], ['اعرب', 'ind.3mp', 'يعربون'], ['اعرب', 'pf.3md', 'اعربا'],
  ],
  'measure V (تحدث، تقدم)': [
    ['تحدث', 'pf.3md', 'تحدثا'], ['تحدث', 'ind.3ms', 'يتحدث'], ['تحدث', 'ind.3mp', 'يتحدثون'], ['تحدث', 'imp.2mp', 'تحدثوا'],
    ['تقدم', 'jus.2fs', 'تتقدمي'], ['تقدم', 'pf.3fs', 'تقدمت'],
  ],
  'measure VI (تبادل، تفاوض)': [
    ['تبادل', 'ind.3md', 'يتبادلان'], ['تفاوض', 'pf.3mp', 'تفاوضوا'], ['تفاوض', 'pf.3fs', 'تفاوضت'], ['تفاوض', 'ind.1p', 'نتفاوض'],
  ],
  'measure VII (انسحب، انطلق)': [
    ['انسحب', 'pf.3fs', 'انسحبت'], ['انسحب', 'ind.3ms', 'ينسحب'], ['انسحب', 'imp.2ms', 'انسحب'], ['انطلق', 'ind.3mp', 'ينطلقون'],
  ],
  'measure VIII (اعتقل، اجتمع، انتخب)': [
    ['اجتمع', 'pf.3md', 'اجتمعا'], ['اجتمع', 'ind.3ms', 'يجتمع'], ['انتخب', 'ind.3ms', 'ينتخب'], ['انتخب', 'pf.p.3ms', 'انتخب'],
    ['اعتقل', 'pf.1s', 'اعتقلت'], ['اجتمع', 'imp.2mp', 'اجتمعوا'],
  ],
  'measure VIII with an assimilated infix or first radical (اتفق، اتصل، اصطدم، ازدهر)': [
    ['اتفق', 'pf.3md', 'اتفقا'], ['اتفق', 'ind.3ms', 'يتفق'], ['اتصل', 'ind.3fs', 'تتصل'], ['اصطدم', 'ind.3ms', 'يصطدم'],
    ['ازدهر', 'pf.3fs', 'ازدهرت'], ['ازدهر', 'ind.3ms', 'يزدهر'], ['اتخذ', 'ind.3mp', 'يتخذون'],
  ],
  'measure X (استقبل، استخدم)': [
    ['استقبل', 'ind.3ms', 'يستقبل'], ['استخدم', 'pf.3mp', 'استخدموا'], ['استخدم', 'imp.2ms', 'استخدم'], ['استخدم', 'pf.p.3ms', 'استخدم'],
  ],
  'measure IX (احمر) and quadriliterals (سيطر، ترجم، تزلزل، اطمان)': [
    ['احمر', 'pf.3fs', 'احمرت'], ['احمر', 'pf.1s', 'احمررت'], ['احمر', 'ind.3ms', 'يحمر'], ['سيطر', 'ind.3ms', 'يسيطر'],
    ['سيطر', 'pf.3mp', 'سيطروا'], ['ترجم', 'ind.3ms', 'يترجم'], ['تزلزل', 'ind.3ms', 'يتزلزل'], ['اطمان', 'ind.3ms', 'يطمءن'],
    ['اطمان', 'pf.1s', 'اطماننت'],
  ],
  'hollow form I defaults to و (قال/يقول)': [
    ['قال', 'pf.3fs', 'قالت'], ['قال', 'pf.1s', 'قلت'], ['قال', 'pf.3fp', 'قلن'], ['قال', 'ind.3ms', 'يقول'],
    ['قال', 'ind.3mp', 'يقولون'], ['قال', 'ind.3fp', 'يقلن'], ['قال', 'jus.3ms', 'يقل'], ['قال', 'jus.2fs', 'تقولي'],
    ['قال', 'imp.2ms', 'قل'], ['قال', 'imp.2mp', 'قولوا'], ['قال', 'pf.p.3ms', 'قيل'], ['قال', 'ind.p.3ms', 'يقال'],
  ],
  'hollow form I follows the given present (باع/يبيع، نام/ينام، كان/يكون، زال/يزال)': [
    ['باع:يبيع', 'ind.3ms', 'يبيع'], ['باع:يبيع', 'jus.3ms', 'يبع'], ['باع:يبيع', 'pf.1s', 'بعت'], ['باع:يبيع', 'pf.p.3ms', 'بيع'],
    ['باع:يبيع', 'ind.p.3ms', 'يباع'], ['نام:ينام', 'ind.3ms', 'ينام'], ['نام:ينام', 'jus.3ms', 'ينم'], ['نام:ينام', 'pf.1s', 'نمت'],
    ['كان:يكون', 'jus.3ms', 'يكن'], ['كان:يكون', 'pf.1s', 'كنت'], ['زال:يزال', 'ind.3fs', 'تزال'],
  ],
  'hollow measure IV (ادان، اعاد، اشار)': [
    ['ادان', 'pf.3fs', 'ادانت'], ['ادان', 'ind.3ms', 'يدين'], ['ادان', 'ind.3fs', 'تدين'], ['ادان', 'jus.3fs', 'تدن'],
    ['ادان', 'ind.3mp', 'يدينون'], ['ادان', 'pf.1s', 'ادنت'], ['ادان', 'pf.p.3ms', 'ادين'], ['ادان', 'ind.p.3ms', 'يدان'],
    ['ادان', 'imp.2ms', 'ادن'], ['اعاد', 'ind.3ms', 'يعيد'], ['اشار', 'pf.3mp', 'اشاروا'], ['اشار', 'ind.3fs', 'تشير'],
  ],
  'hollow measures VII and VIII (انقاد، انهار، اختار، احتاج، ازداد)': [
    ['انقاد', 'ind.3ms', 'ينقاد'], ['انقاد', 'jus.3ms', 'ينقد'], ['انقاد', 'pf.1s', 'انقدت'], ['انهار', 'pf.3fs', 'انهارت'],
    ['اختار', 'ind.3ms', 'يختار'], ['اختار', 'jus.3ms', 'يختر'], ['اختار', 'pf.1s', 'اخترت'], ['اختار', 'pf.p.3ms', 'اختير'],
    ['احتاج', 'ind.3ms', 'يحتاج'], ['ازداد', 'ind.3ms', 'يزداد'], ['ازداد', 'pf.3fs', 'ازدادت'], ['ازداد', 'jus.3ms', 'يزدد'],
  ],
  'hollow measure X (استقال، استفاد، استعاد)': [
    ['استقال', 'ind.3ms', 'يستقيل'], ['استقال', 'jus.3ms', 'يستقل'], ['استقال', 'pf.1s', 'استقلت'], ['استقال', 'imp.2ms', 'استقل'],
    ['استقال', 'pf.p.3ms', 'استقيل'], ['استقال', 'ind.p.3ms', 'يستقال'], ['استفاد', 'ind.3mp', 'يستفيدون'], ['استعاد', 'pf.3fs', 'استعادت'],
  ],
  'defective form I in ا (دعا/يدعو)': [
    ['دعا', 'pf.3fs', 'دعت'], ['دعا', 'pf.3md', 'دعوا'], ['دعا', 'pf.3fd', 'دعتا'], ['دعا', 'pf.3mp', 'دعوا'],
    ['دعا', 'pf.3fp', 'دعون'], ['دعا', 'pf.1s', 'دعوت'], ['دعا', 'ind.3ms', 'يدعو'], ['دعا', 'ind.3mp', 'يدعون'],
    ['دعا', 'ind.2fs', 'تدعين'], ['دعا', 'ind.3md', 'يدعوان'], ['دعا', 'sub.3ms', 'يدعو'], ['دعا', 'jus.3ms', 'يدع'],
    ['دعا', 'jus.3mp', 'يدعوا'], ['دعا', 'imp.2ms', 'ادع'], ['دعا', 'imp.2fs', 'ادعي'], ['دعا', 'pf.p.3ms', 'دعي'],
    ['دعا', 'ind.p.3ms', 'يدعي'],
  ],
  'defective form I in ي (رمي، لقي، بني، قضي)': [
    ['رمي', 'pf.3fs', 'رمت'], ['رمي', 'pf.3mp', 'رموا'], ['رمي', 'pf.1s', 'رميت'], ['رمي', 'ind.3ms', 'يرمي'],
    ['رمي', 'jus.3ms', 'يرم'], ['رمي', 'imp.2ms', 'ارم'], ['لقي', 'pf.3fs', 'لقيت'], ['لقي', 'pf.3mp', 'لقوا'],
    ['لقي', 'ind.3ms', 'يلقي'], ['بني', 'pf.3fs', 'بنت'], ['بني', 'ind.3mp', 'يبنون'], ['قضي', 'pf.p.3ms', 'قضي'],
    ['قضي', 'ind.p.3ms', 'يقضي'],
  ],
  'defective derived measures (التقي، استدعي، اعطي، تبني، نادي، انتهي، اجري، ادعي)': [
    ['التقي', 'pf.3fs', 'التقت'], ['التقي', 'pf.3md', 'التقيا'], ['التقي', 'pf.3fd', 'التقتا'], ['التقي', 'pf.3mp', 'التقوا'],
    ['التقي', 'pf.1s', 'التقيت'], ['التقي', 'ind.3ms', 'يلتقي'], ['التقي', 'ind.3md', 'يلتقيان'], ['التقي', 'jus.3ms', 'يلتق'],
    ['التقي', 'ind.3mp', 'يلتقون'], ['استدعي', 'pf.3fs', 'استدعت'], ['استدعي', 'ind.3ms', 'يستدعي'], ['استدعي', 'jus.3ms', 'يستدع'],
    ['اعطي', 'ind.3ms', 'يعطي'], ['اعطي', 'pf.3fs', 'اعطت'], ['اعطي', 'jus.3ms', 'يعط'], ['اعطي', 'imp.2ms', 'اعط'],
    ['تبني', 'ind.3ms', 'يتبني'], ['تبني', 'jus.3ms', 'يتبن'], ['تبني', 'jus.3fs', 'تتبن'], ['تبني', 'pf.3mp', 'تبنوا'],
    ['نادي', 'ind.3ms', 'ينادي'], ['نادي', 'pf.p.3ms', 'نودي'], ['انتهي', 'pf.3fs', 'انتهت'], ['انتهي', 'ind.3ms', 'ينتهي'],
    ['اجري', 'ind.3mp', 'يجرون'], ['ادعي', 'ind.3ms', 'يدعي'],
  ],
  'assimilated verbs drop و in the form I imperfect (وصل، وعد، وقف، وضع)': [
    ['وصل', 'ind.3ms', 'يصل'], ['وصل', 'ind.3mp', 'يصلون'], ['وصل', 'jus.3ms', 'يصل'], ['وصل', 'imp.2ms', 'صل'],
    ['وصل', 'ind.p.3ms', 'يوصل'], ['وعد', 'ind.3ms', 'يعد'], ['وعد', 'imp.2ms', 'عد'], ['وقف', 'ind.3ms', 'يقف'],
    ['وضع', 'ind.3ms', 'يضع'], ['وجد:يجد', 'ind.3ms', 'يجد'], ['اوقف', 'ind.3ms', 'يوقف'], ['توقع', 'ind.3ms', 'يتوقع'],
  ],
  'doubled verbs contract before a vowel and split before a consonant (رد، استمر، احتل، اعد، انضم، اضطر)': [
    ['رد', 'pf.1s', 'رددت'], ['رد', 'pf.3fp', 'رددن'], ['رد', 'pf.3ms', 'رد'], ['رد', 'pf.3fs', 'ردت'],
    ['رد', 'ind.3ms', 'يرد'], ['رد', 'ind.3fp', 'يرددن'], ['رد', 'jus.3ms', 'يرد'], ['رد', 'jus.3ms', 'يردد'],
    ['رد', 'imp.2ms', 'رد'], ['رد', 'imp.2ms', 'اردد'], ['رد', 'pf.p.3ms', 'رد'], ['استمر', 'pf.3fs', 'استمرت'],
    ['استمر', 'pf.1s', 'استمررت'], ['استمر', 'ind.3ms', 'يستمر'], ['احتل', 'pf.1s', 'احتللت'], ['احتل', 'ind.3ms', 'يحتل'],
    ['احتل', 'pf.p.3ms', 'احتل'], ['اعد', 'ind.3ms', 'يعد'], ['اعد', 'pf.1s', 'اعددت'], ['انضم', 'ind.3ms', 'ينضم'],
    ['انضم', 'pf.1s', 'انضممت'], ['اضطر', 'ind.3ms', 'يضطر'],
  ],
  'hamzated verbs: hamza on alef becomes ا, on و/ي becomes ء': [
    ['اكد', 'ind.3ms', 'يءكد'], ['اكد', 'ind.1s', 'اءكد'], ['اكد', 'pf.3fs', 'اكدت'], ['اخذ', 'ind.3ms', 'ياخذ'],
    ['اخذ', 'ind.1s', 'اخذ'], ['اخذ', 'imp.2ms', 'خذ'], ['اخذ', 'pf.p.3ms', 'اخذ'], ['اخذ', 'ind.p.3ms', 'يءخذ'],
    ['سال:يسال', 'ind.3ms', 'يسال'], ['سال:يسال', 'pf.3mp', 'سالوا'], ['سال:يسال', 'pf.p.3ms', 'سءل'], ['قرا', 'ind.3ms', 'يقرا'],
    ['قرا', 'pf.3mp', 'قرءوا'], ['قرا', 'pf.3mp', 'قراوا'], ['قرا', 'ind.3md', 'يقران'], ['قرا', 'ind.2fs', 'تقرءين'],
    ['اساء', 'ind.3ms', 'يسيء'], ['اساء', 'pf.1s', 'اسات'], ['تساءل', 'ind.3ms', 'يتساءل'], ['تراس', 'ind.3ms', 'يتراس'],
    ['تاكد', 'ind.3ms', 'يتاكد'], ['يءس', 'ind.3ms', 'يياس'], ['ابتدا', 'ind.3ms', 'يبتدء'], ['انشا', 'ind.3ms', 'ينشء'],
    ['انشا', 'pf.p.3ms', 'انشء'], ['خطء', 'ind.3ms', 'يخطا'], ['هنا', 'ind.3ms', 'يهنء'], ['بدا', 'ind.3ms', 'يبدو'],
    ['بدا', 'ind.3ms', 'يبدا'], ['ام', 'ind.3ms', 'يءم'], ['تباطا', 'ind.3mp', 'يتباطءون'], ['استانف', 'ind.3ms', 'يستانف'],
  ],
  'hollow and hamzated: جاء/يجيء': [
    ['جاء', 'ind.3ms', 'يجيء'], ['جاء', 'pf.1s', 'جءت'], ['جاء', 'pf.3fs', 'جاءت'], ['جاء', 'jus.3ms', 'يجء'],
    ['جاء', 'ind.3mp', 'يجيءون'],
  ],
  'doubly weak verbs (اتي، راي، وفي، وعي، ولي)': [
    ['اتي', 'ind.3ms', 'ياتي'], ['اتي', 'jus.3ms', 'يات'], ['اتي', 'imp.2ms', 'اءت'], ['راي', 'ind.3ms', 'يري'],
    ['راي', 'jus.3ms', 'ير'], ['راي', 'pf.3fs', 'رات'], ['راي', 'pf.1s', 'رايت'], ['راي', 'ind.3mp', 'يرون'],
    ['راي', 'imp.2ms', 'ر'], ['وفي', 'ind.3ms', 'يفي'], ['وفي', 'imp.2ms', 'ف'], ['وفي', 'jus.3ms', 'يف'],
    ['وعي', 'ind.3ms', 'يعي'], ['ولي', 'ind.3ms', 'يلي'],
  ],
};

for (const [name, cases] of Object.entries(TABLE)) test(name, () => check(cases));

const ALL_LEMMAS = [...new Set(Object.values(TABLE).flatMap((cases) => cases.map((c) => c[0])))];
const NORMALIZED = /^[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]+$/;

test('the table holds at least 200 cases', () => {
  assert.ok(Object.values(TABLE).flat().length >= 200);
});

test('every form of every lemma is non-empty, normalized Arabic, and conjugate never throws on them', () => {
  for (const lemma of ALL_LEMMAS) {
    const forms = formsOf(lemma);
    assert.ok(forms.length > 0, lemma);
    for (const f of forms) assert.match(f.form, NORMALIZED, `${lemma}: ${JSON.stringify(f)}`);
  }
});

test('every lemma fills the 13 perfect persons, 39 imperfect cells and 5 imperatives', () => {
  for (const lemma of ALL_LEMMAS) {
    const cells = new Set(formsOf(lemma).filter((f) => f.features.voice === 'active').map((f) => JSON.stringify(f.features)));
    const count = (aspect: string): number => [...cells].filter((c) => c.includes(`"${aspect}"`)).length;
    assert.deepEqual([count('perfect'), count('imperfect'), count('imperative')], [13, 39, 5], lemma);
  }
});

test('the 3ms perfect active reproduces the past it was given', () => {
  for (const lemma of ALL_LEMMAS) {
    const past = lemmaOf(lemma).past;
    assert.ok(formsOf(lemma).some((f) => f.form === past && sameFeatures(f.features, cellFeatures('pf.3ms'))), lemma);
  }
});

test('mood is set on imperfect forms only', () => {
  for (const f of formsOf('قال')) assert.equal(f.features.mood !== undefined, f.features.aspect === 'imperfect', JSON.stringify(f));
});

test('forms are deduplicated by form and features', () => {
  for (const lemma of ALL_LEMMAS) {
    const keys = formsOf(lemma).map((f) => f.form + JSON.stringify(f.features));
    assert.equal(new Set(keys).size, keys.length, lemma);
  }
});

test('measures VII and IX have no passive', () => {
  for (const lemma of ['انسحب', 'احمر']) assert.ok(formsOf(lemma).every((f) => f.features.voice === 'active'), lemma);
});

const activePresent = (lemma: string): string[] =>
  formsOf(lemma).filter((f) => sameFeatures(f.features, cellFeatures('ind.3ms'))).map((f) => f.form);

test('an assimilated form I without present gets both يCC and يوCC stems', () => {
  assert.deepEqual(activePresent('وقع').sort(), ['يقع', 'يوقع']);
});

test('an اCC past not in the lexicon gets the I, II and IV-doubled readings (أمِن، أمّن، أمنّ)', () => {
  assert.deepEqual(activePresent('امن').sort(), ['يءمن', 'يامن', 'يمن']);
  assert.deepEqual(activePresent('امن:يءمن'), ['يءمن']);
});

test('a given present is trusted over the derivation from the past', () => {
  assert.deepEqual(activePresent('وقع:يوقع'), ['يوقع']);
  assert.deepEqual(activePresent('وقع:يقع'), ['يقع']);
  assert.deepEqual(activePresent('قال:يقيل'), ['يقيل']);
  assert.deepEqual(activePresent('بدا:يبدو'), ['يبدو']);
  assert.deepEqual(activePresent('بدا:يبدا'), ['يبدا']);
});

test('a present that fits no reading of the past throws, naming both', () => {
  assert.throws(() => conjugate({ past: 'دعا', present: 'يكتب' }), (e: unknown) =>
    e instanceof ConjugationError && e.message.includes('"دعا"') && e.message.includes('"يكتب"') && e.message.includes('يدعو'));
});

test('bad input throws ConjugationError naming the lemma', () => {
  for (const past of ['', 'qala', 'ق', 'قال1', 'ا', 'قالقالقال']) {
    assert.throws(() => conjugate({ past }), (e: unknown) => e instanceof ConjugationError && e.message.includes(`"${past}"`), past);
    assert.throws(() => analyzeLemma({ past }), ConjugationError, past);
  }
  assert.throws(() => conjugate({} as VerbLemma), ConjugationError);
  assert.throws(() => conjugate({ past: 'قال', present: 42 } as unknown as VerbLemma), ConjugationError);
});

test('MarsadConjugationError is the same class as ConjugationError', () => {
  assert.equal(MarsadConjugationError, ConjugationError);
  assert.ok(new ConjugationError({ past: 'x' }, 'y') instanceof Error);
});

test('vocalized or unnormalized input is normalized first', () => {
  assert.deepEqual(conjugate({ past: 'وَقَّعَ' }), conjugate({ past: 'وقع' }));
  assert.deepEqual(conjugate({ past: 'أدانَ' }), conjugate({ past: 'ادان' }));
  assert.deepEqual(conjugate({ past: 'التقى' }), conjugate({ past: 'التقي' }));
});

test('analyzeLemma recognises the measure from the unvocalized past', () => {
  const expected: Record<string, string> = {
    بحث: 'I', قال: 'I', رد: 'I', دعا: 'I', اكد: 'II', طالب: 'III', ادان: 'IV', اعلن: 'IV', اجري: 'IV', اعد: 'IV',
    تحدث: 'V', تبادل: 'VI', انسحب: 'VII', انقاد: 'VII', اعتقل: 'VIII', اتفق: 'VIII', اصطدم: 'VIII', ازداد: 'VIII',
    احتل: 'VIII', التقي: 'VIII', احمر: 'IX', استدعي: 'X', استقال: 'X', استمر: 'X', سيطر: 'Q', تزلزل: 'Q',
  };
  for (const [past, pattern] of Object.entries(expected)) assert.equal(analyzeLemma({ past }).pattern, pattern, past);
});

test('analyzeLemma reports weak classes, root and stems', () => {
  assert.deepEqual(analyzeLemma({ past: 'قال' }), { pattern: 'I', classes: ['hollow'], root: ['ق', 'و', 'ل'], pastStem: 'قل', presentStem: 'قول', alternatives: [] });
  assert.deepEqual(analyzeLemma({ past: 'رد' }).classes, ['doubled']);
  assert.deepEqual(analyzeLemma({ past: 'دعا' }).pastStem, 'دعو');
  assert.deepEqual(analyzeLemma({ past: 'جاء' }).classes, ['hollow', 'hamzated']);
  assert.deepEqual(analyzeLemma({ past: 'وصل' }).alternatives.map((a) => a.pattern), ['II']);
  assert.deepEqual(analyzeLemma({ past: 'اتفق' }).classes, ['assimilated']);
  assert.deepEqual(analyzeLemma({ past: 'رحب' }).classes, ['sound']);
});
