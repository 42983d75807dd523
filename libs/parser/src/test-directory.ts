import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDirectory } from '@dondoc/org/directory';
import { UnitResolver } from './unit-resolver';

/** The shipped VKSND directory, read once for all parser specs. */
export const directory = parseDirectory(
  readFileSync(join(__dirname, '..', '..', 'org', 'data', 'vksnd-directory.yaml'), 'utf8'),
);
export const resolver = new UnitResolver(directory);
