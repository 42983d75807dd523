import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BundleOptions } from '@temporalio/worker';
import { projectRoot } from '@dondoc/config/project-root';

type WebpackConfigHook = NonNullable<BundleOptions['webpackConfigHook']>;

/** tsconfig.json's `paths` as webpack aliases: `@dondoc/domain` → libs/domain/src. */
function pathAliases(): Record<string, string> {
  const root = projectRoot();
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
    compilerOptions: { baseUrl?: string; paths?: Record<string, string[]> };
  };
  const base = resolve(root, tsconfig.compilerOptions.baseUrl ?? '.');
  const aliases: Record<string, string> = {};
  for (const [key, [target]] of Object.entries(tsconfig.compilerOptions.paths ?? {})) {
    // webpack aliases match a prefix, so "@dondoc/domain" also covers "@dondoc/domain/…".
    if (!key.endsWith('/*')) aliases[key] = resolve(base, target);
  }
  return aliases;
}

/**
 * The workflow bundler resolves the same path aliases as the compiler, so workflow code
 * imports `@dondoc/domain` like every other file does.
 */
export const withPathAliases: WebpackConfigHook = (config) => ({
  ...config,
  resolve: {
    ...config.resolve,
    alias: { ...(config.resolve?.alias as Record<string, string>), ...pathAliases() },
  },
});

/**
 * Modules evaluated once per worker thread and shared by every workflow in it, instead of
 * once per workflow. Only pure, deterministic code belongs here: the SDK deep-freezes what
 * they export, and a module-level cache is shared by all workflows (the lunar months'
 * memo is, and is the same for all). Every cached workflow held its own copy of them:
 * sharing took the soak bench's worker from 704 to 585 MB at 10,000 open tasks.
 */
export const SHARED_WORKFLOW_MODULES = ['@dondoc/domain', '@dondoc/contracts'];

/** How every bundle of our workflow code is made: tests, benches, the image and the worker. */
export function workflowBundleOptions(
  workflowsPath: string,
): Pick<BundleOptions, 'workflowsPath' | 'webpackConfigHook' | 'preloadModules'> {
  return {
    workflowsPath,
    webpackConfigHook: withPathAliases,
    preloadModules: SHARED_WORKFLOW_MODULES,
  };
}
