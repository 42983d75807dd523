/**
 * `npm run -s check-tasks [-- --repair] [--limit N] [--directive ID]`: compares every open task's record
 * with its workflow (DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE) and prints each
 * disagreement; with --repair, writes the workflow's state into the record, audited. Exit 0
 * when all agree (or were repaired), 1 when some still disagree, 2 on a usage error.
 */
import { Client, Connection } from '@temporalio/client';
import { CheckTaskRecords } from '@dondoc/application';
import { TypeOrmUnitOfWork, openMigratedDataSource } from '@dondoc/persistence';
import { TemporalTaskReader } from '@dondoc/platform/temporal/temporal-task-reader';

async function main(argv: string[]): Promise<number> {
  const repair = argv.includes('--repair');
  const l = argv.indexOf('--limit');
  const limit = l >= 0 ? Number(argv[l + 1]) : 100_000;
  const d = argv.indexOf('--directive');
  const directiveId = d >= 0 ? argv[d + 1] : undefined;
  const { DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE } = process.env;
  if (!DATABASE_URL || !TEMPORAL_ADDRESS || !Number.isInteger(limit) || limit < 1) {
    process.stderr.write(
      'usage: DATABASE_URL=… TEMPORAL_ADDRESS=host:port npm run -s check-tasks -- [--repair] [--limit N] [--directive ID]\n',
    );
    return 2;
  }
  const ds = await openMigratedDataSource(DATABASE_URL);
  const connection = await Connection.connect({ address: TEMPORAL_ADDRESS });
  try {
    const client = new Client({ connection, namespace: TEMPORAL_NAMESPACE ?? 'default' });
    const check = new CheckTaskRecords(new TypeOrmUnitOfWork(ds), new TemporalTaskReader(client));
    const result = await check.execute({ repair, limit, directiveId });
    for (const m of result.mismatched) {
      const fields = m.differences
        .map((d) => `${d.field}: ${JSON.stringify(d.record)} → ${JSON.stringify(d.workflow)}`)
        .join('; ');
      process.stdout.write(`${m.taskId} ${m.repaired ? 'repaired' : 'differs'}: ${fields}\n`);
    }
    for (const id of result.withoutWorkflow) process.stdout.write(`${id} has no workflow\n`);
    for (const u of result.unreadable) process.stdout.write(`${u.taskId} unreadable: ${u.error}\n`);
    process.stdout.write(
      `checked: ${result.checked}\nmismatched: ${result.mismatched.length}\nwithout_workflow: ${result.withoutWorkflow.length}\nunreadable: ${result.unreadable.length}\n`,
    );
    return (result.mismatched.length && !repair) || result.unreadable.length ? 1 : 0;
  } finally {
    await connection.close();
    await ds.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`check-tasks: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
