/**
 * The map of event places: country shapes from world-atlas (Natural Earth 1:50m, shipped in the
 * bundle, nothing fetched from elsewhere) in d3-geo's Natural Earth projection, fitted to the
 * countries that hold places; one circle per place (area = events, colour = mean Goldstein).
 * Places known only as a country (no coordinates) sit at the centroid of that country's shape.
 */
import { geoCentroid, geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
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

/** Draws the map of places into the container (the shapes load on first call). */
export async function renderMap(container: HTMLElement, places: readonly PlaceStat[]): Promise<void> {
  const countries = await loadCountries();
  const byCode = new Map(countries.filter((c) => c.id !== undefined).map((c) => [String(c.id).padStart(3, '0'), c]));
  const located = places.map((p) => ({ p, at: position(p, byCode) })).filter((x): x is { p: PlaceStat; at: [number, number] } => x.at !== null);
  const withPlaces = new Set(places.map((p) => numericCode(p.country)).filter((c): c is string => c !== null));
  const focus = countries.filter((c) => withPlaces.has(String(c.id)));
  const fitTo: GeoPermissibleObjects = focus.length > 0 ? { type: 'FeatureCollection', features: focus } : { type: 'Sphere' };
  const projection = geoNaturalEarth1().fitExtent([[20, 20], [WIDTH - 20, HEIGHT - 20]], fitTo);
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
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'map', role: 'group', 'aria-label': t('map') },
    s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }),
    s('g', {}, ...shapes), s('g', {}, ...circles));
  container.replaceChildren(svg);
  if (located.length === 0) container.append(h('p', { class: 'empty' }, t('noPlaces')));
}
