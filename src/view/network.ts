/**
 * The dyad network of the dashboard: dyads between sides (`SYR:GOV`, `UN`) folded into a graph of
 * countries and organisations, whose edges carry event counts and mean Goldstein scores.
 */

/** A dyad as the API's `/api/dyads` returns it: side codes, event count and Goldstein sum. */
export interface DyadCount { actor: string; recipient: string; events: number; goldstein: number }

/** A node: a country (ISO 3166-1 alpha-3 or a CAMEO non-state code) or an organisation acronym, with the events it takes part in. */
export interface NetworkNode { id: string; events: number }

/** An edge between two nodes (`source` < `target`, either direction of the dyads folded in), with its events and mean Goldstein score (−10…+10). */
export interface NetworkEdge { source: string; target: string; events: number; meanGoldstein: number }

/**
 * The node a side code stands for: its country (`SYR:GOV` → `SYR`), or the organisation (`UN`),
 * or null for no side (`-`).
 */
export function sideNode(side: string): string | null {
  if (side === '-' || side === '') return null;
  const colon = side.indexOf(':');
  return colon < 0 ? side : side.slice(0, colon);
}

/**
 * Folds dyads into a graph of countries and organisations. Both directions of a pair make one
 * edge; a dyad inside one country (`MAR:CVL` → `MAR:GOV`) counts for its node but draws no edge;
 * a dyad with no recipient counts for its actor only.
 *
 * @returns nodes most events first, edges most events first
 * @example
 * dyadNetwork([{actor: 'SYR:GOV', recipient: 'ISR', events: 2, goldstein: -4}, {actor: 'ISR', recipient: 'SYR', events: 1, goldstein: -10}]);
 * // → {nodes: [{id: 'ISR', events: 3}, {id: 'SYR', events: 3}], edges: [{source: 'ISR', target: 'SYR', events: 3, meanGoldstein: -4.67}]}
 */
export function dyadNetwork(dyads: readonly DyadCount[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const nodes = new Map<string, number>();
  const edges = new Map<string, { source: string; target: string; events: number; goldstein: number }>();
  for (const d of dyads) {
    const a = sideNode(d.actor);
    const r = sideNode(d.recipient);
    for (const n of new Set([a, r])) if (n !== null) nodes.set(n, (nodes.get(n) ?? 0) + d.events);
    if (a === null || r === null || a === r) continue;
    const [source, target] = a < r ? [a, r] : [r, a];
    const key = `${source}|${target}`;
    const e = edges.get(key) ?? { source, target, events: 0, goldstein: 0 };
    e.events += d.events;
    e.goldstein += d.goldstein;
    edges.set(key, e);
  }
  return {
    nodes: [...nodes].map(([id, events]) => ({ id, events })).sort((x, y) => y.events - x.events || x.id.localeCompare(y.id)),
    edges: [...edges.values()]
      .map((e) => ({ source: e.source, target: e.target, events: e.events, meanGoldstein: Math.round((e.goldstein / e.events) * 100) / 100 }))
      .sort((x, y) => y.events - x.events || x.source.localeCompare(y.source) || x.target.localeCompare(y.target)),
  };
}
