/**
 * Surface forms of Arabic nouns and adjectives, generated from the singular a dictionary author
 * writes once (normalized, without the article): the feminine of a title (class `title`: وزير → وزيرة), dual (ان، ين، and the constructs ا، ي), sound masculine
 * plural (ون، ين، constructs و، ي), sound feminine plural (ات), the feminine of a nisba (ي → يه), the
 * ta marbuta stem before a suffix (ه → ت), and the accusative tanwin spelling with alef (ا).
 * Broken plurals are not derivable and come from the dictionary. (Forms: Wright, "A Grammar of the
 * Arabic Language", I §§ 296–302.)
 */

/** How a dictionary word inflects. */
export type NounClass = 'noun' | 'title' | 'nisba' | 'fixed';

const TA_MARBUTA = 'ه';

/**
 * Grammatical number of a generated form. Unvocalized spelling leaves two ambiguities: `dp` (dual or
 * plural) for the oblique ين and its construct ي (الجانبين، المتظاهرين، مسؤولي) and for a broken
 * plural spelt like the dual (بلدان), and `ds` for a final alef (dual construct وزيرا الخارجية, or the
 * accusative tanwin of the singular وزيراً); the reader settles them in context.
 */
export type GrammaticalNumber = 'sg' | 'du' | 'pl' | 'dp' | 'ds';

/** A surface stem, its number, and whether it is a construct form (وزيرا، مسؤولو، مسؤولي), which never takes the article. */
export interface NounForm { form: string; number: GrammaticalNumber; construct?: boolean }

function feminineForms(stem: string): NounForm[] {
  // stem is the word without its final ta marbuta, e.g. حكوم for حكومه
  return [
    { form: stem + 'ه', number: 'sg' }, { form: stem + 'ت', number: 'sg' }, { form: stem + 'تاه', number: 'sg' },
    { form: stem + 'تان', number: 'du' }, { form: stem + 'تين', number: 'du' }, { form: stem + 'تا', number: 'ds', construct: true },
    { form: stem + 'تي', number: 'du', construct: true },
    { form: stem + 'ات', number: 'pl' },
  ];
}

function masculineForms(base: string): NounForm[] {
  return [
    { form: base, number: 'sg' }, { form: base + 'ا', number: 'ds', construct: true }, { form: base + 'اه', number: 'sg' },
    { form: base + 'ان', number: 'du' }, { form: base + 'ين', number: 'dp' }, { form: base + 'ي', number: 'dp', construct: true },
    { form: base + 'ون', number: 'pl' }, { form: base + 'و', number: 'pl', construct: true }, { form: base + 'ات', number: 'pl' },
  ];
}

/**
 * Surface stems (no clitics) of a normalized noun, adjective or name.
 *
 * @param base - normalized singular without the article, e.g. "وزير", "حكومه", "سوري"
 * @param cls - "fixed" for names (no inflection), "nisba" for relational adjectives (masculine singular in ي), "noun" otherwise
 * @param plurals - normalized broken plurals given by the dictionary
 * @returns distinct surface stems, the base first
 * @example
 * nounForms('سوري', 'nisba') // → [{ form: 'سوري', number: 'sg' }, { form: 'سوريه', number: 'sg' }, …, { form: 'سوريين', number: 'dp' }, …]
 */
export function nounForms(base: string, cls: NounClass, plurals: readonly string[] = []): NounForm[] {
  const out = new Map<string, NounForm>([[base, { form: base, number: 'sg' }]]);
  const add = (f: NounForm): void => {
    if (!out.has(f.form)) out.set(f.form, f);
  };
  if (cls === 'nisba') {
    feminineForms(base).forEach(add);
    masculineForms(base).forEach(add);
  } else if (cls === 'noun' || cls === 'title') {
    if (base.endsWith(TA_MARBUTA) && base.length > 2) feminineForms(base.slice(0, -1)).forEach(add);
    else {
      masculineForms(base).forEach(add);
      if (cls === 'title') feminineForms(base).forEach(add); // وزير → وزيرة، سفير → سفيرة
    }
  }
  for (const p of plurals) {
    // a broken plural spelt like the dual (بلدان: بُلدان and بَلَدان) is either
    if (out.get(p)?.number === 'du') out.set(p, { form: p, number: 'dp' });
    add({ form: p, number: 'pl' });
    if (p.endsWith(TA_MARBUTA)) add({ form: p.slice(0, -1) + 'ت', number: 'pl' });
  }
  return [...out.values()];
}
