export type Check = 'ok' | 'down';

/** What a readiness probe reports, with a sentence in Vietnamese naming what is down. */
export interface Readiness {
  ok: boolean;
  checks: Record<string, Check>;
  message: string;
}

const NAMES: Record<string, string> = {
  database: 'cơ sở dữ liệu',
  temporal: 'Temporal',
  worker: 'tiến trình chạy nền',
};

/** Runs `fn`, answering 'down' if it fails or takes longer than `timeoutMs`. */
export async function probe(fn: () => Promise<unknown>, timeoutMs = 2000): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  try {
    await Promise.race([fn(), timeout]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** Every check at once; ready when all are 'ok'. Shared by the api and the worker. */
export async function readiness(checks: Record<string, () => Promise<Check>>): Promise<Readiness> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((n) => checks[n]()));
  const down = names.filter((_, i) => results[i] === 'down');
  return {
    ok: down.length === 0,
    checks: Object.fromEntries(names.map((n, i) => [n, results[i]])),
    message: down.length
      ? `Chưa sẵn sàng: không kết nối được ${down.map((n) => NAMES[n] ?? n).join(', ')}.`
      : 'Sẵn sàng.',
  };
}
