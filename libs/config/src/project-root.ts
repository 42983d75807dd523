import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, from source (ts) and from dist/ alike: the nearest folder with package.json. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
