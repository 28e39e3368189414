/**
 * Code lists used to validate dictionaries: PLOVER sectors (PLOVER manual §4, "Actor sector codes")
 * and the CAMEO non-state "country" codes.
 */

/** PLOVER sector codes. */
export const SECTORS = [
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL',
  'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC', 'PPL', 'NGO', 'IGO', 'HLH', 'ENV',
] as const;

/** Non-state actor "country" codes (CAMEO / PLOVER): intergovernmental, non-governmental, transnational armed, multinational, regions. */
export const NON_STATE_CODES = ['IGO', 'NGO', 'IMG', 'MNC', 'WST', 'EUR', 'AFR', 'ASA', 'MEA', 'WSB'] as const;

/** A zod-friendly regex for a country field: ISO 3166-1 alpha-3 or a non-state code. */
export const COUNTRY_RE = /^[A-Z]{3}$/;
