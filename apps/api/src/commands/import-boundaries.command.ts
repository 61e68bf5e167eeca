import { mapConfig } from '@kbdm/api/core-config';
import { fromAdm2Features, parseBoundaryFile } from '@kbdm/map/api-feature';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { read } from 'shapefile';
import { CommandLineError } from './create-admin.command';

export const IMPORT_BOUNDARIES_USAGE =
  'import-boundaries <kaz_admbnda_adm2_2024.shp> [--region KZ35] [--out <file.geojson>]';

/**
 * Turns geokz's ADM2 shapefile (https://github.com/arodionoff/geokz, `inst/shape/`, CC BY 4.0) into
 * the districts' outlines the map draws: the region's units, KATO codes, three names. Writes them
 * where the API looks (`MAP_BOUNDARIES_FILE`, else `<DATA_DIR>/district-boundaries.geojson`).
 */
export async function importBoundaries(args: string[]): Promise<{ out: string; districts: number }> {
  const [shp, ...options] = args;
  if (!shp || !shp.endsWith('.shp')) throw new CommandLineError(`Usage: node main.js ${IMPORT_BOUNDARIES_USAGE}`);
  const option = (name: string) => {
    const at = options.indexOf(name);
    return at >= 0 ? options[at + 1] : undefined;
  };
  const region = option('--region') ?? 'KZ35';
  const out = resolve(option('--out') ?? mapConfig().boundariesFile.path);
  const shapes = await read(shp, shp.replace(/\.shp$/, '.dbf'), { encoding: 'utf-8' }).catch((error: unknown) => {
    throw new CommandLineError(`Cannot read ${shp} and its .dbf: ${error instanceof Error ? error.message : String(error)}`);
  });
  const collection = fromAdm2Features(shapes.features, region);
  if (collection.features.length === 0) throw new CommandLineError(`No unit of region ${region} in ${shp}.`);
  try {
    // Checked as the API will read it at start.
    parseBoundaryFile(collection);
  } catch (error) {
    throw new CommandLineError(
      `${shp} does not give usable outlines: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(collection));
  return { out, districts: collection.features.length };
}
