import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's top folder, found from this file whether it runs from src or from dist. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nest-cli.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (nest-cli.json)');
    dir = parent;
  }
  return dir;
}
