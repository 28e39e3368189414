/**
 * Title chains: Arabic news strings a person's offices together, «النائب الثاني لرئيس مجلس الوزراء
 * وزير الدفاع الكويتي», «نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي». The chain names one
 * actor: a serving office (deputy, adviser, assistant, envoy) followed by the office it serves with
 * the preposition ل («النائب الأول لرئيس مجلس الوزراء»: of that office, and of its sector), and
 * offices in apposition one after the other (the same person's). The country, name or nisba after
 * the last office then qualifies the whole chain.
 *
 * An office without the article before another is a genitive, not an apposition: «مستشاري الرئيس
 * التركي» are the president's advisers (a serving office and the office served). Right after an
 * event verb two bare offices are usually its subject and object («استقبل ولي العهد وزير الخارجية
 * الأمريكي»), so there only a serving office opens a chain.
 */
import type { Mention } from '../recognize/mention.js';
import type { ActorPayload } from '../recognize/payload.js';

/** Offices that serve another office (their holder is that office's deputy, adviser…), by English role. */
export const SERVING_ROLES = /\b(Deputy|Adviser|Advisor|Assistant|Aide|Envoy|Representative)\b/;

/** The office a chain names so far. */
export interface ChainTitle {
  role: string | null;
  sector: string;
  /** Dictionary id of the last office, for coreference by office. */
  agentId: string | null;
}

type Agent = Extract<ActorPayload, { type: 'agent' }>;

function titleOf(m: Mention): Agent | null {
  const p = m.payloads.find((x): x is Agent => x.type === 'agent' && x.kind === 'title');
  return p ?? null;
}

function serving(role: string | null): boolean {
  return SERVING_ROLES.test(role ?? '');
}

/** «First Deputy» + «Prime Minister» → «First Deputy Prime Minister»; «Adviser» + «Prime Minister» → «Adviser to the Prime Minister». */
function servedRole(own: string | null, served: string | null): string | null {
  if (!own || !served) return own ?? served;
  return /Deputy$/.test(own) ? `${own} ${served}` : `${own} to the ${served}`;
}

/** Where the next office stands. */
export interface ChainPosition {
  /** The chain so far ends definite (article, pronoun): what follows is in apposition, not a genitive. */
  definite: boolean;
  /** The chain starts right after an event verb. */
  afterVerb: boolean;
}

/**
 * Extends a chain with the next mention when it is the next office of the same person.
 *
 * @param current - the chain so far (the head's office when the chain has one link)
 * @param next - the Arabic mention right after the chain (no word between, same sentence, no و)
 * @returns the chain with `next` folded in, or null when `next` is not part of it
 */
export function extendChain(current: ChainTitle, next: Mention, at: ChainPosition): ChainTitle | null {
  const title = titleOf(next);
  // a word that also reads as a nisba, a name or a place is that (كاميروني is not «like my princes»)
  if (!title || next.payloads.some((p) => p.type !== 'agent')) return null;
  const agentId = next.entryIds[next.payloads.indexOf(title)] ?? null;
  const served = { role: servedRole(current.role, title.role), sector: title.sector, agentId };
  // «النائب الأول لرئيس مجلس الوزراء» (with ل), «مستشاري الرئيس» (a genitive): the office served
  if ((next.preposition === 'ل' && next.proclitic.replace(/^[وف]/, '').startsWith('ل')) || (next.preposition === null && !at.definite)) {
    return serving(current.role) ? served : null;
  }
  if (next.preposition !== null || (at.afterVerb && !serving(current.role))) return null;
  // «نائب رئيس الوزراء وزير الخارجية»: offices in apposition, one person
  const role = current.role && title.role ? `${current.role} and ${title.role}` : current.role ?? title.role;
  return { role, sector: current.sector, agentId };
}
