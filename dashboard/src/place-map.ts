/**
 * The map of event places: country shapes from world-atlas (Natural Earth 1:50m, shipped in the
 * bundle, nothing fetched from elsewhere) in d3-geo's Natural Earth projection, fitted to the
 * region where most events happen; one circle per place (area = events, colour = mean Goldstein).
 * Places known only as a country (no coordinates) sit at the centroid of that country's shape.
 */
import { geoCentroid, geoCircle, geoDistance, geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceStat } from './api.js';
import { goldsteinColor } from './colors.js';
import { h, s } from './dom.js';
import { formatValue, t } from './i18n.js';
import { countryName, numericCode } from './labels.js';

type Country = Feature<Geometry, { name: string }>;

const WIDTH = 640;
const HEIGHT = 420;
let countriesPromise: Promise<Country[]> | null = null;

/** The country shapes, loaded once (a separate chunk of the bundle, read on first use). */
function loadCountries(): Promise<Country[]> {
  countriesPromise ??= import('world-atlas/countries-50m.json').then((m) => {
    const topo = m.default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  });
  return countriesPromise;
}

/** A place's position (longitude, latitude): its coordinates, or its country's centroid. */
function position(p: PlaceStat, byCode: Map<string, Country>): [number, number] | null {
  if (p.lat !== null && p.lon !== null) return [p.lon, p.lat];
  const shape = byCode.get(numericCode(p.country) ?? '');
  return shape ? geoCentroid(shape) : null;
}

type Located = { p: PlaceStat; at: [number, number] };

/**
 * What the map is fitted to: circles of 4° around the places nearest the place with most events
 * that together hold 90% of the events, so that a few far places (a visit to Washington) do not
 * shrink the region where things happen; the whole globe when there are no places.
 */
function fitTarget(located: readonly Located[]): GeoPermissibleObjects {
  if (located.length === 0) return { type: 'Sphere' };
  const centre = located.reduce((a, b) => (b.p.events > a.p.events ? b : a)).at;
  const total = located.reduce((n, x) => n + x.p.events, 0);
  const near = [...located].sort((a, b) => geoDistance(centre, a.at) - geoDistance(centre, b.at));
  const kept: Located[] = [];
  let held = 0;
  for (const x of near) {
    kept.push(x);
    held += x.p.events;
    if (held >= 0.9 * total) break;
  }
  const circle = geoCircle().radius(4);
  return { type: 'GeometryCollection', geometries: kept.map((x) => circle.center(x.at)()) };
}

/** Draws the map of places into the container (the shapes load on first call). */
export async function renderMap(container: HTMLElement, places: readonly PlaceStat[]): Promise<void> {
  const countries = await loadCountries();
  const byCode = new Map(countries.filter((c) => c.id !== undefined).map((c) => [String(c.id).padStart(3, '0'), c]));
  const located = places.map((p) => ({ p, at: position(p, byCode) })).filter((x): x is Located => x.at !== null);
  const withPlaces = new Set(places.map((p) => numericCode(p.country)).filter((c): c is string => c !== null));
  const projection = geoNaturalEarth1().fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], fitTarget(located));
  const path = geoPath(projection);
  const shapes = countries.map((c) => s('path', {
    d: path(c) ?? '', class: withPlaces.has(String(c.id)) ? 'country active' : 'country',
  }, s('title', {}, c.properties.name)));
  const max = Math.max(1, ...located.map((x) => x.p.events));
  const circles = [...located].sort((a, b) => b.p.events - a.p.events).map(({ p, at }) => {
    const [x, y] = projection(at) ?? [-100, -100];
    const label = `${p.name} (${countryName(p.country)}): ${formatValue(p.events)} ${t('events')} · ${t('meanGoldstein')} ${formatValue(p.meanGoldstein)}`;
    return s('circle', {
      cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 14 * Math.sqrt(p.events / max)).toFixed(1), fill: goldsteinColor(p.meanGoldstein),
      class: 'place', tabindex: 0, 'aria-label': label, 'data-place': p.id,
    }, s('title', {}, label));
  });
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', role: 'group', 'aria-label': t('map'), overflow: 'hidden' },
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    s('g', {}, ...shapes), s('g', {}, ...circles));
  container.replaceChildren(svg);
  if (located.length === 0) container.append(h('p', { class: 'empty' }, t('noPlaces')));
}
