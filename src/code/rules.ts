/**
 * Event rules (`data/rules/events-*.tsv`): a trigger lemma, the PLOVER event and CAMEO code it
 * codes, an optional object that must follow, the preposition marking the recipient, and whether the
 * grammatical subject is the actor or the recipient. Validated at load: every CAMEO code must exist
 * and map to the rule's PLOVER event (CAMEO→PLOVER table).
 */
import { z } from 'zod';
import { cameoCodebook } from '../codebook/cameo.js';
import { BUILTIN_LAYERS, type DataLayers, readLayered } from '../data/layers.js';
import { type IssueSink, THROWING_SINK, variants } from '../data/tsv.js';
import { type LexEntry, phraseWords } from '../lexicon/lexicon.js';
import { lemmaWords } from '../lexicon/words.js';
import type { Lang } from '../model/document.js';
import { PLOVER_EVENTS, type PloverEvent } from '../model/event.js';
import { normalizeWord } from '../text/normalize.js';
import { parseExamples, type RuleExample } from './rule-examples.js';

/** A compiled event rule. */
export interface EventRule {
  id: string;
  lang: Lang;
  pos: 'verb' | 'noun';
  event: PloverEvent;
  cameo: string;
  mode: string | null;
  /** Object phrase entry ids; empty = no object required. */
  objects: string[];
  /** Subject phrase entry ids (object phrases written with a leading "@"); empty = any subject. */
  subjects: string[];
  /** Normalized recipient preposition ("مع", "ب", "with"), or null. */
  prep: string | null;
  /** The recipient must carry `prep` (written "مع!" in the data). */
  prepRequired: boolean;
  /** Only verb forms of this aspect fire the rule, or null for any. */
  aspect: 'perfect' | 'imperfect' | null;
  /** The lemma is written with the article: an idiom always definite («القبض على»), never a back-reference. */
  definite: boolean;
  subject: 'actor' | 'recipient';
  /** On a verbal noun, `subject` was written "actor": its genitive is its agent («انسحاب الحوثيين»). */
  genitiveAgent: boolean;
  symmetric: boolean;
  /** The event needs no recipient (a resignation, an alert): coded with an empty recipient list when none is named. */
  recipientOptional: boolean;
  /** Sentences written for the rule with the coding they must get (the `example` column; each is a test). */
  examples: RuleExample[];
}

/**
 * Payload of an object phrase: the rule it licenses, whether a possessive enclitic is required, and
 * whether the phrase must head the trigger's subject rather than follow as its object, and whether
 * such a subject may be definite right after the verb (written "@@"), and whether the phrase, the
 * subject of an intransitive verb, may also stand before it (written "^": «عبوة ناسفة انفجرت»).
 */
export interface ObjectPayload { ruleId: string; possessive: boolean; subject: boolean; definiteSubject: boolean; preverbal: boolean }

const schema = z.object({
  id: z.string().regex(/^(ar|en)\.[a-z]+\.[a-z0-9-]+$/, 'expected lang.event.slug'),
  lemma: z.string().min(1), pos: z.enum(['verb', 'noun']), present: z.string(),
  event: z.enum(PLOVER_EVENTS), cameo: z.string().regex(/^\d{3,4}$/), mode: z.string(),
  object: z.string(), prep: z.string(), subject: z.enum(['', 'actor', 'recipient']), symmetric: z.enum(['', 'yes', 'no']),
  aspect: z.enum(['', 'perfect', 'imperfect']), recipient: z.enum(['', 'optional']), example: z.string(),
});

function examplesOf(file: string, line: number, field: string, sink: IssueSink): RuleExample[] | null {
  try {
    return parseExamples(field);
  } catch (err) {
    sink.error(file, line, `field "example": ${(err as Error).message}`);
    return null;
  }
}

/** An object phrase: an optional marker (@, @@ or ^), words, and an optional + at the end. */
const OBJECT_PHRASE = /^(@@?|\^)?[^@^+\s][^@^+]*\+?$/u;

/** The object phrases of a rule, or null (reported) when one is only markers or mixes them («^», «@^», «+»). */
function objectsOf(file: string, line: number, field: string, sink: IssueSink): string[] | null {
  const phrases = variants(field);
  const bad = phrases.find((p) => !OBJECT_PHRASE.test(p.trim()));
  if (bad === undefined) return phrases;
  sink.error(file, line, `field "object": "${bad}" is not a phrase (expected words, optionally after one of @, @@ or ^ and before a final +)`);
  return null;
}

/** The rules of one language, with their trigger and object lexicon entries. */
export interface RuleSet {
  rules: Map<string, EventRule>;
  triggers: Array<LexEntry<EventRule>>;
  objects: Array<LexEntry<ObjectPayload>>;
}

/**
 * Loads the event rules of a language.
 *
 * @param layers - the built-in rules, and a user's `rules/events-LANG.tsv` over them
 * @param sink - where problems go (by default the first one throws); a bad rule is left out
 * @throws DataError naming file:line when a field is malformed, a CAMEO code is unknown, or its
 *   PLOVER event differs from the rule's, or the rule has no well-formed example
 */
export function loadRules(lang: Lang, layers: DataLayers = BUILTIN_LAYERS, sink: IssueSink = THROWING_SINK): RuleSet {
  const codebook = cameoCodebook();
  const set: RuleSet = { rules: new Map(), triggers: [], objects: [] };
  for (const r of readLayered(layers, `rules/events-${lang}.tsv`, schema, sink)) {
    const code = codebook.get(r.cameo);
    if (!code) {
      sink.error(r.file, r.line, `field "cameo": unknown CAMEO code "${r.cameo}" (expected a code of codebook/cameo.tsv)`);
      continue;
    }
    if (code.plover !== r.event) {
      sink.error(r.file, r.line, `field "cameo": CAMEO ${r.cameo} maps to PLOVER ${code.plover ?? '(none)'}, not ${r.event}`);
      continue;
    }
    const examples = examplesOf(r.file, r.line, r.example, sink);
    const objects = objectsOf(r.file, r.line, r.object, sink);
    if (!examples || !objects) continue;
    const rule: EventRule = {
      id: r.id, lang, pos: r.pos, event: r.event, cameo: r.cameo, mode: r.mode || code.mode,
      objects: [], subjects: [], prep: r.prep ? normalizeWord(r.prep.replace(/!$/, '')) : null, prepRequired: r.prep.endsWith('!'),
      aspect: r.aspect || null, definite: lang === 'ar' && r.pos === 'noun' && /^ال/.test(r.lemma), subject: r.subject === 'recipient' ? 'recipient' : 'actor',
      genitiveAgent: r.pos === 'noun' && r.subject === 'actor',
      symmetric: r.symmetric === 'yes', recipientOptional: r.recipient === 'optional', examples,
    };
    objects.forEach((phrase, k) => {
      const possessive = phrase.endsWith('+');
      const subject = phrase.startsWith('@');
      const definiteSubject = phrase.startsWith('@@');
      const preverbal = phrase.startsWith('^');
      const id = `${r.id}#${subject ? 'subject' : 'object'}${k}`;
      (subject ? rule.subjects : rule.objects).push(id);
      const words = phraseWords(phrase.replace(/\+$/, '').replace(/^(@@?|\^)/, ''), lang, 'noun');
      set.objects.push({ id, lang, words, payload: { ruleId: r.id, possessive, subject, definiteSubject, preverbal } });
    });
    set.rules.set(rule.id, rule);
    set.triggers.push({ id: r.id, lang, words: lemmaWords(r.lemma, r.pos, lang, r.present), payload: rule });
  }
  return set;
}
