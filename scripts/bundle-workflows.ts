/**
 * `node -r @swc-node/register scripts/bundle-workflows.ts OUT`: bundles the workflow code
 * for workers started with WORKFLOW_BUNDLE_PATH (the container image), so they do not each
 * run webpack at start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '@dondoc/platform/workflow-bundler';

async function main(out: string | undefined): Promise<void> {
  if (!out) throw new Error('usage: bundle-workflows.ts OUT');
  const { code } = await bundleWorkflowCode(workflowBundleOptions(require.resolve('../workflows')));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, code);
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`bundle-workflows: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
