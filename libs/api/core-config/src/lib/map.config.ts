import { registerAs } from '@nestjs/config';
import { join, resolve } from 'node:path';
import { validateEnvironment } from './environment';

export type MapConfig = {
  /** An XYZ tile template for the map's background; null draws none (the offline default). */
  tileUrl: string | null;
  /** Who the tiles come from, shown on the map as the tile server's licence requires. */
  tileAttribution: string | null;
  /** The districts' boundaries (GeoJSON), and whether it was named on purpose (then it must be valid). */
  boundariesFile: { path: string; explicit: boolean };
};

/** Where the districts' boundaries are looked for when `MAP_BOUNDARIES_FILE` names no file. */
export const DEFAULT_BOUNDARIES_FILE = 'district-boundaries.geojson';

const PLACEHOLDERS = /\{(s|z|x|y|r)\}/g;

/**
 * True for an http(s) XYZ template with `{z}`, `{x}` and `{y}` (Leaflet's syntax; `{s}` picks a
 * subdomain and `{r}` the retina suffix).
 */
export function isTileTemplate(value: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((p) => value.includes(p))) return false;
  try {
    const url = new URL(
      value.replace(PLACEHOLDERS, (_m, name: string) => (name === 's' ? 'a' : name === 'r' ? '' : '0')),
    );
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Where the browser fetches tiles from, for the Content-Security-Policy's `img-src`: the
 * template's origin, with a `{s}` subdomain widened to a wildcard (`https://*.tile.example.kz`).
 */
export function tileSource(template: string): string {
  const url = new URL(template.replace('{s}.', 'subdomain-placeholder.').replace(PLACEHOLDERS, '0'));
  return `${url.protocol}//${url.host.replace('subdomain-placeholder.', '*.')}`;
}

export const mapConfig = registerAs('map', (): MapConfig => {
  const env = validateEnvironment(process.env);
  return {
    tileUrl: env.MAP_TILE_URL ?? null,
    tileAttribution: env.MAP_TILE_ATTRIBUTION ?? null,
    boundariesFile: env.MAP_BOUNDARIES_FILE
      ? { path: resolve(env.MAP_BOUNDARIES_FILE), explicit: true }
      : { path: join(resolve(env.DATA_DIR ?? 'data'), DEFAULT_BOUNDARIES_FILE), explicit: false },
  };
});
