/**
 * GDELT 2.0 event table export: tab-separated, the 61 columns of the GDELT 2.0 Event Codebook
 * (V2.0, 2015) in order, no header. Fields Marsad does not produce (tone, actor geography, FIPS
 * and ADM codes, ethnic and religion codes) are left empty. A side with several actors is written
 * with its first actor, as GDELT has one actor a side.
 */
import type { Actor } from '../model/event.js';
import type { StoredEvent, StoredMention } from '../store/rows.js';

/** The 61 column names of the GDELT 2.0 event table, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((p) => ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`)),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...['Actor1Geo', 'Actor2Geo', 'ActionGeo'].flatMap((p) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`)),
  'DATEADDED', 'SOURCEURL',
] as const;

/** Non-state "country" codes, which GDELT keeps out of the country column. */
const NON_STATE = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

function actorColumns(a: Actor | undefined): string[] {
  if (!a) return Array<string>(10).fill('');
  const country = a.country && !NON_STATE.has(a.country) && a.country !== '---' ? a.country : '';
  const code = `${a.country && a.country !== '---' ? a.country : ''}${a.org && NON_STATE.has(a.country ?? '') ? a.org.toUpperCase() : ''}${a.sector ?? ''}`;
  return [code, (a.name ?? a.role ?? '').toUpperCase(), country, a.org ?? '', '', '', '', a.sector ?? '', '', ''];
}

function fractionDate(date: Date): string {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const days = (date.getTime() - start) / 86_400_000;
  return (date.getUTCFullYear() + days / 365).toFixed(4);
}

function actionGeo(e: StoredEvent): string[] {
  const l = e.location;
  if (!l) return Array<string>(8).fill('');
  const isCountry = l.id.startsWith('country:');
  return [isCountry ? '1' : '4', isCountry ? l.name : `${l.name}, ${l.country}`, '', '', '', l.lat?.toString() ?? '', l.lon?.toString() ?? '', l.id];
}

/**
 * One event as a GDELT 2.0 row.
 *
 * @param first - the event's first mention (its document gives SOURCEURL and IsRootEvent: a trigger in the first two sentences)
 * @param added - when the event was stored, ISO 8601 date-time (DATEADDED)
 * @returns 61 fields; tabs and line breaks inside fields are replaced by spaces
 */
export function gdeltRow(e: StoredEvent, first: StoredMention | undefined, added: string): string[] {
  const d = e.date ? new Date(`${e.date}T00:00:00Z`) : null;
  const row = [
    String(e.id), e.date?.replaceAll('-', '') ?? '', e.date ? e.date.slice(0, 7).replace('-', '') : '', e.date?.slice(0, 4) ?? '', d ? fractionDate(d) : '',
    ...actorColumns(e.actor[0]), ...actorColumns(e.recipient[0]),
    first && first.record.sentence <= 1 ? '1' : '0', e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quadClass), String(e.goldstein),
    String(e.numMentions), String(e.numSources), String(e.numDocuments), '',
    ...Array<string>(16).fill(''), ...actionGeo(e),
    added.replace(/\D/g, '').slice(0, 14), first?.url ?? first?.documentExtId ?? '',
  ];
  return row.map((v) => v.replace(/[\t\r\n]+/g, ' '));
}
