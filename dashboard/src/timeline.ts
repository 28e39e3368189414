/**
 * The timeline (uPlot): events per day for each QuadClass (left axis) and the day's mean
 * Goldstein score (right axis, −10…+10). Days without events are left out by the API and drawn
 * as gaps between points.
 */
import uPlot from 'uplot';
import { coreRange } from '../../src/view/timeline.js';
import 'uplot/dist/uPlot.min.css';
import type { DayStat } from './api.js';
import { QUAD_COLORS } from './colors.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { quadName } from './labels.js';

let chart: uPlot | null = null;
let observer: ResizeObserver | null = null;

/** Seconds since the epoch of an ISO date at 00:00 UTC (uPlot's time axis counts seconds). */
const epochSeconds = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 1000;

/** The series of the chart: x (seconds), events of QuadClass 1…4, mean Goldstein. */
export function timelineData(days: readonly DayStat[]): uPlot.AlignedData {
  return [
    days.map((d) => epochSeconds(d.date)),
    ...([0, 1, 2, 3] as const).map((q) => days.map((d) => d.quad[q])),
    days.map((d) => (d.events > 0 ? Math.round((d.goldstein / d.events) * 100) / 100 : null)),
  ];
}

const DAY = 86_400;
const DAY_STEPS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].map((d) => d * DAY);

function options(width: number): uPlot.Options {
  const quads = ([1, 2, 3, 4] as const).map((q): uPlot.Series => ({
    label: quadName(q), stroke: QUAD_COLORS[q], width: 2, scale: 'n', points: { show: true, size: 6, fill: QUAD_COLORS[q] },
  }));
  return {
    width,
    height: 260,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, n: { range: (_u, _min, max) => [0, Math.max(1, max)] }, g: { range: [-10, 10] } },
    series: [
      { label: t('colDate'), value: (_u, v) => (v === null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...quads,
      { label: t('meanGoldstein'), stroke: '#333', width: 1.5, dash: [6, 4], scale: 'g', points: { show: true, size: 4 } },
    ],
    axes: [
      // Ticks fall on whole days (or weeks, months, years), labelled as ISO dates.
      { space: 70, incrs: DAY_STEPS, values: (_u, splits) => splits.map((v) => new Date(v * 1000).toISOString().slice(0, 10)) },
      { scale: 'n', label: t('eventsPerDay') },
      { scale: 'g', side: 1, label: t('meanGoldstein'), grid: { show: false } },
    ],
  };
}

/**
 * Draws (or redraws) the timeline into its container; the chart follows the container's width.
 * It opens on the days that hold 98% of the events when a few lie far outside them; dragging
 * across the chart zooms, a double click shows every day.
 */
export function renderTimeline(container: HTMLElement, days: readonly DayStat[]): void {
  chart?.destroy();
  chart = null;
  observer?.disconnect();
  observer = null;
  container.replaceChildren();
  if (days.length === 0) {
    container.append(h('p', { class: 'empty' }, t('noDates')));
    return;
  }
  const width = Math.max(320, container.clientWidth);
  const c = new uPlot(options(width), timelineData(days), container);
  chart = c;
  const core = coreRange(days, 0.01);
  if (core && (core.from !== days[0]!.date || core.to !== days[days.length - 1]!.date)) {
    c.setScale('x', { min: epochSeconds(core.from) - DAY / 2, max: epochSeconds(core.to) + DAY / 2 });
  }
  observer = new ResizeObserver(() => {
    const w = Math.max(320, container.clientWidth);
    if (Math.abs(w - c.width) > 4) c.setSize({ width: w, height: 260 });
  });
  observer.observe(container);
}
