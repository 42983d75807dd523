import { dashboard } from './dashboard.bench';
import { fanout } from './fanout.bench';
import { lists } from './lists.bench';
import { soak } from './soak.bench';
import { timers } from './timers.bench';
import { tree } from './tree.bench';

/** `npm run -s bench -- NAME [ARGS…]`: figures as `key: value` lines, the headline last. */
const BENCHMARKS: Record<string, (args: string[]) => Promise<void>> = {
  fanout,
  dashboard,
  lists,
  timers,
  soak,
  tree,
};

async function main(): Promise<void> {
  const name = process.argv[2];
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench) {
    console.error(`usage: npm run -s bench -- <${Object.keys(BENCHMARKS).join('|')}> [args]`);
    process.exit(2);
  }
  await bench(process.argv.slice(3));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
