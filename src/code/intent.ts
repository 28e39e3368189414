/**
 * Announced cooperation is an event of its own: CAMEO's root 03 "express intent to…" (AGREE in
 * PLOVER). A future meeting or visit is AGREE 036 ("express intent to meet or negotiate"), future
 * aid AGREE 033, future cooperation AGREE 031, future support AGREE 032 (CAMEO 1.1b3 manual, root 03).
 * AGREE is an intent already (an announced tour is AGREE 036 as coded). An announced retreat is a
 * concession: CONCEDE 080 («announced … would withdraw troops», PLOVER manual, RETREAT and CONCEDE).
 * Conflictual events announced for the future, future agreements and future concessions stay
 * flagged `future` instead.
 */
import type { PloverEvent } from '../model/event.js';

/** PLOVER event → the CAMEO "intent" code that codes its announcement. */
export const INTENT_CODES: Partial<Record<PloverEvent, string>> = {
  CONSULT: '036',
  AID: '033',
  COOPERATE: '031',
  SUPPORT: '032',
  RETREAT: '080',
};

/**
 * Cooperation an actor says it will not give, or refuses to give, is a rejection (CAMEO root 12,
 * PLOVER REJECT: «refuse to…»): «said he would not provide support» (120), «will not send aid»
 * (121, reject material cooperation), «refused to meet» (125, reject a proposal to meet), «will not
 * release the prisoners» (124, refuse to yield).
 */
export const REFUSAL_CODES: Partial<Record<PloverEvent, string>> = {
  SUPPORT: '120',
  AGREE: '120',
  AID: '121',
  COOPERATE: '121',
  CONSULT: '125',
  RETREAT: '124',
  CONCEDE: '124',
};
