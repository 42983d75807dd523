/**
 * `npm run migration:run`: applies pending migrations to DATABASE_URL and exits. The api and
 * the worker also migrate at start, under an advisory lock; this is for a release step run
 * on its own before them.
 */
import { openMigratedDataSource } from '../data-source';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('migrate: DATABASE_URL is not set\n');
    process.exit(78);
  }
  const ds = await openMigratedDataSource(url);
  await ds.destroy();
  process.stdout.write('migrate: schema is up to date\n');
}

main().catch((err) => {
  process.stderr.write(`migrate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
