/**
 * Where Marsad's shipped data lives: `data/` at the package root, found from this module's URL so
 * that it works from the source tree, the compiled `dist/` tree and an installed package alike.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('marsad: cannot find the package root (a folder with package.json and data/)');
    dir = parent;
  }
}

/** Absolute path of the package root. */
export const PACKAGE_ROOT = findPackageRoot();

/** Absolute path of a file under the shipped `data/` folder, e.g. `dataPath('text', 'ar-charmap.tsv')`. */
export function dataPath(...parts: string[]): string {
  return join(PACKAGE_ROOT, 'data', ...parts);
}
