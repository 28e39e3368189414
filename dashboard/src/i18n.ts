/**
 * Every string the dashboard shows, in Arabic and English, and the language switch. Elements in
 * index.html name their string with `data-i18n="key"` (text) or `data-i18n-attr="attr:key,…"`
 * (attributes such as aria-label and placeholder).
 */

export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  title: 'Marsad — event observatory',
  brand: 'Marsad',
  tagline: 'Political events coded from the news, with their evidence',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'Switch the interface to Arabic',
  filters: 'Filters',
  from: 'From',
  to: 'To',
  actor: 'Actor',
  recipient: 'Recipient',
  actorHint: 'e.g. SYR or SYR:GOV or UN',
  eventType: 'Event type',
  quadClass: 'QuadClass',
  fullText: 'Words in the articles',
  flagged: 'Include negated, future and hypothetical events',
  any: 'Any',
  apply: 'Apply',
  reset: 'Reset',
  summary: '{events} events · {documents} documents in the store',
  loading: 'Loading…',
  errorPrefix: 'Error',
  timeline: 'Timeline',
  timelineHint: 'Events per day by QuadClass, and the mean Goldstein score (right axis). Drag across the chart to zoom; double-click to show every day.',
  eventsPerDay: 'Events',
  meanGoldstein: 'Mean Goldstein',
  noDates: 'No dated events match these filters.',
  events: 'Events',
  colId: '#',
  colDate: 'Date',
  colEvent: 'Event',
  colCameo: 'CAMEO',
  colActor: 'Actor',
  colRecipient: 'Recipient',
  colPlace: 'Place',
  colGoldstein: 'Goldstein',
  colMentions: 'Mentions',
  colDocument: 'Evidence',
  openDocument: 'Open',
  openDocumentLabel: 'Open the article of event {id}',
  sort: 'Sort',
  sortDate: 'Date, oldest first',
  sortDateDesc: 'Date, newest first',
  sortMentions: 'Mentions, fewest first',
  sortMentionsDesc: 'Mentions, most first',
  sortGoldstein: 'Goldstein, lowest first',
  sortGoldsteinDesc: 'Goldstein, highest first',
  sortId: 'Id',
  pages: 'Pages of events',
  skipToEvents: 'Skip to the events',
  previous: 'Previous',
  next: 'Next',
  pageOf: '{first}–{last} of {total}',
  noEvents: 'No events match these filters.',
  network: 'Who acts on whom',
  networkHint: 'Countries and organisations; line width = events, colour = mean Goldstein. Select a node to filter by that actor.',
  noDyads: 'No dyads to draw.',
  map: 'Where',
  mapHint: 'Places of the events; circle size = events, colour = mean Goldstein. Country-level places sit at the country\'s centre.',
  noPlaces: 'No places to draw.',
  legendConflict: 'conflict −10',
  legendCooperation: '+10 cooperation',
  document: 'Article and evidence',
  documentHint: 'Open an event to read its article with the trigger, actor and recipient highlighted.',
  documentEvents: 'Events in this article',
  trigger: 'Trigger',
  place: 'Place',
  published: 'Published',
  source: 'Source',
  noDate: 'no date',
  codeText: 'Code a text',
  codeTextHint: 'Paste Arabic or English news text; it is coded here and not stored.',
  text: 'Text',
  publicationDate: 'Publication date',
  language: 'Language',
  langAuto: 'Detect',
  langAr: 'Arabic',
  langEn: 'English',
  sourceName: 'Outlet',
  code: 'Code',
  coding: 'Coding…',
  codedEvents: '{n} events',
  noCodedEvents: 'No events found in this text.',
  flaggedNegated: 'negated',
  flaggedFuture: 'future',
  flaggedHypothetical: 'hypothetical',
  flaggedReported: 'reported',
  flaggedHistorical: 'historical',
  rule: 'Rule',
  none: '—',
  quad1: 'Verbal cooperation',
  quad2: 'Material cooperation',
  quad3: 'Verbal conflict',
  quad4: 'Material conflict',
  AGREE: 'Agree', CONSULT: 'Consult', SUPPORT: 'Support', CONCEDE: 'Concede', COOPERATE: 'Cooperate', AID: 'Aid',
  RETREAT: 'Retreat', REQUEST: 'Request', ACCUSE: 'Accuse', REJECT: 'Reject', THREATEN: 'Threaten', PROTEST: 'Protest',
  SANCTION: 'Sanction', MOBILIZE: 'Mobilize', COERCE: 'Coerce', ASSAULT: 'Assault',
  sector_COP: 'police', sector_GOV: 'government', sector_JUD: 'judiciary', sector_LEG: 'legislature', sector_MIL: 'military',
  sector_PRM: 'paramilitary', sector_PTY: 'party', sector_REB: 'rebels', sector_SPY: 'intelligence', sector_UAF: 'armed group',
  sector_UNK: 'unknown', sector_AGR: 'agriculture', sector_BUS: 'business', sector_CRM: 'criminals', sector_CVL: 'civilians',
  sector_EDU: 'education', sector_ELI: 'elites', sector_JRN: 'journalists', sector_LAB: 'labour', sector_MED: 'media',
  sector_REF: 'refugees', sector_OPP: 'opposition', sector_PRE: 'presidency', sector_REL: 'religious', sector_SOC: 'society',
  code_IGO: 'international organisation', code_NGO: 'NGO', code_IMG: 'transnational armed group', code_MNC: 'multinational company',
  code_WST: 'the West', code_EUR: 'Europe', code_AFR: 'Africa', code_ASA: 'Asia', code_MEA: 'Middle East', code_WSB: 'West Bank',
  code_unknown: 'unidentified',
  sector_PPL: 'people', sector_NGO: 'NGO', sector_IGO: 'IGO', sector_HLH: 'health', sector_ENV: 'environment',
} as const;

export type StringKey = keyof typeof en;

const ar: Record<StringKey, string> = {
  title: 'مرصد — رصد الأحداث السياسية',
  brand: 'مرصد',
  tagline: 'أحداث سياسية مرمّزة من الأخبار، مع شواهدها',
  switchLanguage: 'English',
  switchLanguageLabel: 'التبديل إلى الواجهة الإنجليزية',
  filters: 'التصفية',
  from: 'من',
  to: 'إلى',
  actor: 'الفاعل',
  recipient: 'المفعول به',
  actorHint: 'مثلاً SYR أو SYR:GOV أو UN',
  eventType: 'نوع الحدث',
  quadClass: 'الفئة الرباعية',
  fullText: 'كلمات في المقالات',
  flagged: 'تضمين الأحداث المنفية والمستقبلية والافتراضية',
  any: 'الكل',
  apply: 'تطبيق',
  reset: 'إعادة ضبط',
  summary: '{events} حدثاً · {documents} مقالاً في المخزن',
  loading: 'جارٍ التحميل…',
  errorPrefix: 'خطأ',
  timeline: 'الخط الزمني',
  timelineHint: 'عدد الأحداث يومياً حسب الفئة الرباعية، ومتوسط مقياس غولدستين (المحور الأيمن). اسحب عبر الرسم للتكبير، وانقر مرتين لعرض كل الأيام.',
  eventsPerDay: 'الأحداث',
  meanGoldstein: 'متوسط غولدستين',
  noDates: 'لا أحداث مؤرخة تطابق هذه التصفية.',
  events: 'الأحداث',
  colId: '#',
  colDate: 'التاريخ',
  colEvent: 'الحدث',
  colCameo: 'CAMEO',
  colActor: 'الفاعل',
  colRecipient: 'المفعول به',
  colPlace: 'المكان',
  colGoldstein: 'غولدستين',
  colMentions: 'الإشارات',
  colDocument: 'الشاهد',
  openDocument: 'فتح',
  openDocumentLabel: 'فتح مقال الحدث {id}',
  sort: 'الترتيب',
  sortDate: 'التاريخ، الأقدم أولاً',
  sortDateDesc: 'التاريخ، الأحدث أولاً',
  sortMentions: 'الإشارات، الأقل أولاً',
  sortMentionsDesc: 'الإشارات، الأكثر أولاً',
  sortGoldstein: 'غولدستين، الأدنى أولاً',
  sortGoldsteinDesc: 'غولدستين، الأعلى أولاً',
  sortId: 'الرقم',
  pages: 'صفحات الأحداث',
  skipToEvents: 'الانتقال إلى الأحداث',
  previous: 'السابق',
  next: 'التالي',
  pageOf: '{first}–{last} من {total}',
  noEvents: 'لا أحداث تطابق هذه التصفية.',
  network: 'من يفعل بمن',
  networkHint: 'الدول والمنظمات؛ عرض الخط = عدد الأحداث، واللون = متوسط غولدستين. اختر عقدة للتصفية بذلك الفاعل.',
  noDyads: 'لا ثنائيات للرسم.',
  map: 'أين',
  mapHint: 'أماكن الأحداث؛ حجم الدائرة = عدد الأحداث، واللون = متوسط غولدستين. الأماكن على مستوى الدولة في وسطها.',
  noPlaces: 'لا أماكن للرسم.',
  legendConflict: 'صراع −10',
  legendCooperation: '+10 تعاون',
  document: 'المقال والشواهد',
  documentHint: 'افتح حدثاً لقراءة مقاله مع إبراز كلمة الحدث والفاعل والمفعول به.',
  documentEvents: 'أحداث هذا المقال',
  trigger: 'كلمة الحدث',
  place: 'المكان',
  published: 'تاريخ النشر',
  source: 'المصدر',
  noDate: 'بلا تاريخ',
  codeText: 'ترميز نص',
  codeTextHint: 'الصق نصاً إخبارياً عربياً أو إنجليزياً؛ يُرمَّز هنا ولا يُخزَّن.',
  text: 'النص',
  publicationDate: 'تاريخ النشر',
  language: 'اللغة',
  langAuto: 'تلقائي',
  langAr: 'العربية',
  langEn: 'الإنجليزية',
  sourceName: 'الوسيلة الإعلامية',
  code: 'ترميز',
  coding: 'جارٍ الترميز…',
  codedEvents: '{n} أحداث',
  noCodedEvents: 'لم يُعثر على أحداث في هذا النص.',
  flaggedNegated: 'منفي',
  flaggedFuture: 'مستقبلي',
  flaggedHypothetical: 'افتراضي',
  flaggedReported: 'منقول',
  flaggedHistorical: 'تاريخي',
  rule: 'القاعدة',
  none: '—',
  quad1: 'تعاون لفظي',
  quad2: 'تعاون مادي',
  quad3: 'صراع لفظي',
  quad4: 'صراع مادي',
  AGREE: 'اتفاق', CONSULT: 'تشاور', SUPPORT: 'دعم', CONCEDE: 'تنازل', COOPERATE: 'تعاون', AID: 'مساعدة',
  RETREAT: 'انسحاب', REQUEST: 'مطالبة', ACCUSE: 'اتهام', REJECT: 'رفض', THREATEN: 'تهديد', PROTEST: 'احتجاج',
  SANCTION: 'عقوبات', MOBILIZE: 'تعبئة', COERCE: 'إكراه', ASSAULT: 'اعتداء',
  sector_COP: 'شرطة', sector_GOV: 'حكومة', sector_JUD: 'قضاء', sector_LEG: 'برلمان', sector_MIL: 'جيش',
  sector_PRM: 'قوات شبه عسكرية', sector_PTY: 'حزب', sector_REB: 'متمردون', sector_SPY: 'استخبارات', sector_UAF: 'جماعة مسلحة',
  sector_UNK: 'غير معروف', sector_AGR: 'زراعة', sector_BUS: 'أعمال', sector_CRM: 'مجرمون', sector_CVL: 'مدنيون',
  sector_EDU: 'تعليم', sector_ELI: 'نخب', sector_JRN: 'صحفيون', sector_LAB: 'عمال', sector_MED: 'إعلام',
  sector_REF: 'لاجئون', sector_OPP: 'معارضة', sector_PRE: 'الرئاسة', sector_REL: 'رجال دين', sector_SOC: 'مجتمع',
  code_IGO: 'منظمة دولية', code_NGO: 'منظمة غير حكومية', code_IMG: 'جماعة مسلحة عابرة للحدود', code_MNC: 'شركة متعددة الجنسيات',
  code_WST: 'الغرب', code_EUR: 'أوروبا', code_AFR: 'أفريقيا', code_ASA: 'آسيا', code_MEA: 'الشرق الأوسط', code_WSB: 'الضفة الغربية',
  code_unknown: 'غير محدد',
  sector_PPL: 'الشعب', sector_NGO: 'منظمة غير حكومية', sector_IGO: 'منظمة دولية', sector_HLH: 'صحة', sector_ENV: 'بيئة',
};

const STRINGS: Record<Lang, Record<StringKey, string>> = { en, ar };

let current: Lang = 'ar';

/** The interface language now. */
export function lang(): Lang {
  return current;
}

/** A string in the current language, with `{name}` placeholders filled from `vars`. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[current][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? formatValue(vars[name]!) : whole));
}

/** Whether a string key exists (for keys built from data, such as event types and sectors). */
export function hasString(key: string): key is StringKey {
  return key in en;
}

/** A number in the current language's separators, in Western digits in both languages (as codes and dates are). */
export function formatValue(v: string | number): string {
  return typeof v === 'number' ? v.toLocaleString(current === 'ar' ? 'ar-u-nu-latn' : 'en-US', { maximumFractionDigits: 2 }) : v;
}

/**
 * Sets the interface language: `lang` and `dir` on the document element (`rtl` for Arabic), the
 * title, and every element marked with `data-i18n` or `data-i18n-attr` under `root`.
 */
export function setLanguage(next: Lang, root: ParentNode = document): void {
  current = next;
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as StringKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attr, key] = pair.split(':') as [string, StringKey];
      el.setAttribute(attr, t(key));
    }
  }
}
