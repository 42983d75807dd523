import { dropDatabase, PostgresHandle, TemporalDevServer } from '@dondoc/devkit';

/** Stops what the global setup started and drops the run's database. */
export default async function globalTeardown(): Promise<void> {
  const state = (
    globalThis as {
      __dondoc?: { temporal: TemporalDevServer; server: PostgresHandle; database: string };
    }
  ).__dondoc;
  if (!state) return;
  await state.temporal.stop();
  await dropDatabase(state.server.url, state.database);
  await state.server.stop();
}
