/**
 * The dyad network: countries and organisations as nodes (area = events), one line per pair
 * (width = events, colour = mean Goldstein), laid out by d3-force. The layout is computed to rest
 * before drawing, so the picture is still and the same for the same data.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { dyadNetwork } from '../../src/view/network.js';
import type { Dyad } from './api.js';
import { goldsteinColor } from './colors.js';
import { h, s } from './dom.js';
import { formatValue, t } from './i18n.js';
import { countryName } from './labels.js';

interface Node extends SimulationNodeDatum { id: string; label: string; events: number; r: number }
interface Link extends SimulationLinkDatum<Node> { events: number; meanGoldstein: number }

const WIDTH = 640;
const HEIGHT = 420;

/** Runs the force layout to rest and keeps every node, and its label (12px, about 6.5px a letter), inside the drawing. */
function layout(nodes: Node[], links: Link[]): void {
  const sim = forceSimulation(nodes)
    .force('link', forceLink<Node, Link>(links).id((n) => n.id).distance((l) => 60 + 40 / Math.sqrt(l.events)))
    .force('charge', forceManyBody().strength(-220))
    .force('x', forceX(WIDTH / 2).strength(0.06))
    .force('y', forceY(HEIGHT / 2).strength(0.09))
    .force('collide', forceCollide<Node>((n) => n.r + 14))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    const half = Math.max(n.r, n.label.length * 3.3) + 4;
    n.x = Math.max(half, Math.min(WIDTH - half, n.x ?? WIDTH / 2));
    n.y = Math.max(n.r + 14, Math.min(HEIGHT - n.r - 4, n.y ?? HEIGHT / 2));
  }
}

/**
 * Draws the network of the dyads into the container.
 *
 * @param onSelect - called with a node's code (`SYR`, `UN`) when it is clicked or chosen with Enter or Space
 */
export function renderNetwork(container: HTMLElement, dyads: readonly Dyad[], onSelect: (code: string) => void): void {
  const graph = dyadNetwork(dyads);
  if (graph.nodes.length === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, t('noDyads')));
    return;
  }
  const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, label: countryName(n.id), events: n.events, r: 5 + 3 * Math.sqrt(n.events) }));
  const links: Link[] = graph.edges.map((e) => ({ source: e.source, target: e.target, events: e.events, meanGoldstein: e.meanGoldstein }));
  layout(nodes, links);
  const lines = links.map((l) => {
    const a = l.source as Node;
    const b = l.target as Node;
    return s('line', { x1: a.x!, y1: a.y!, x2: b.x!, y2: b.y!, stroke: goldsteinColor(l.meanGoldstein), 'stroke-width': 1 + 1.5 * Math.sqrt(l.events), class: 'edge' },
      s('title', {}, `${countryName(a.id)} — ${countryName(b.id)}: ${formatValue(l.events)} · ${t('meanGoldstein')} ${formatValue(l.meanGoldstein)}`));
  });
  const at = (n: Node): string => `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`;
  const circles = nodes.map((n) => {
    const label = `${n.label} (${n.id}): ${formatValue(n.events)} ${t('events')}`;
    const g = s('g', { class: 'node', tabindex: 0, role: 'button', 'aria-label': label, 'data-node': n.id, transform: at(n) },
      s('title', {}, label),
      s('circle', { r: n.r.toFixed(1) }));
    g.addEventListener('click', () => onSelect(n.id));
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onSelect(n.id); }
    });
    return g;
  });
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'network', role: 'group', 'aria-label': t('network') },
    s('g', {}, ...lines), s('g', {}, ...circles),
    // Labels above every circle and line, so that none is hidden by a neighbour.
    s('g', { class: 'labels', 'aria-hidden': 'true' }, ...nodes.map((n) => s('text', { transform: at(n), y: -n.r - 4, 'text-anchor': 'middle' }, n.label))));
  container.replaceChildren(svg);
}
