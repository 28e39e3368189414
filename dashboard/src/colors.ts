/**
 * Colours: Goldstein scores on ColorBrewer's red–yellow–blue scale (d3-scale-chromatic), red for
 * conflict (−10), blue for cooperation (+10); one colour per QuadClass.
 */
import { interpolateRdYlBu, schemeRdYlBu } from 'd3-scale-chromatic';
import { h } from './dom.js';
import { t } from './i18n.js';

/** The colour of a Goldstein score (−10…+10; values outside are clamped). */
export function goldsteinColor(g: number): string {
  const clamped = Math.max(-10, Math.min(10, g));
  return interpolateRdYlBu((clamped + 10) / 20);
}

/** Ink that stays readable on {@link goldsteinColor}: white on the dark ends of the scale, black in between. */
export function goldsteinInk(g: number): string {
  return Math.abs(g) >= 6 ? '#fff' : '#1d1d1f';
}

const RDYLBU11 = schemeRdYlBu[11]!;

/** QuadClass 1 (verbal cooperation) … 4 (material conflict) → colour, from the same scale (styles.css's `.quad-N` uses the same four). */
export const QUAD_COLORS: Record<1 | 2 | 3 | 4, string> = { 1: RDYLBU11[8]!, 2: RDYLBU11[10]!, 3: RDYLBU11[2]!, 4: RDYLBU11[0]! };

/** A legend bar of the Goldstein scale with its two ends labelled. */
export function goldsteinLegend(): HTMLElement {
  const stops = Array.from({ length: 11 }, (_, i) => goldsteinColor(-10 + 2 * i)).join(', ');
  return h('div', { class: 'legend', dir: 'ltr', 'aria-hidden': 'true' },
    h('span', {}, t('legendConflict')),
    h('span', { class: 'legend-bar', style: `background: linear-gradient(to right, ${stops})` }),
    h('span', {}, t('legendCooperation')));
}
