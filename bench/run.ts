import { fanout } from './fanout.bench';

/** `npm run -s bench -- NAME`: figures as `key: value` lines, the headline last. */
const BENCHMARKS: Record<string, () => Promise<void>> = { fanout };

async function main(): Promise<void> {
  const name = process.argv[2];
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench) {
    console.error(`usage: npm run -s bench -- <${Object.keys(BENCHMARKS).join('|')}>`);
    process.exit(2);
  }
  await bench();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
