export * from './directory';
export * from './export-directory';
export * from './plan-import';
import { join } from 'node:path';
import { projectRoot } from '@dondoc/config/project-root';

/** The shipped VKSND directory (demo data and test fixtures). */
export const VKSND_DIRECTORY_PATH = join(
  projectRoot(),
  'libs',
  'org',
  'data',
  'vksnd-directory.yaml',
);
