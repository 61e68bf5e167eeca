import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const scratch = join(resolve(__dirname, '../..'), 'tmp', 'e2e-data-');

/**
 * Removes the run's embedded database. Playwright stops the web server only after global
 * teardown, so the removal waits for the process to exit, when the API has closed its files.
 */
export default function globalTeardown(): void {
  const dataDir = process.env['KBDM_E2E_DATA_DIR'];
  // Only ever a folder this config made: never a path someone exported by hand.
  if (!dataDir?.startsWith(scratch)) return;
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}
