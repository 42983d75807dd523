import { DomainException } from '../errors/domain-exception';

/** For specs: the refusal `fn` throws; anything else (no throw, another error) fails the spec. */
export function refusal(fn: () => unknown): DomainException {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainException) return err;
    throw err;
  }
  throw new Error('expected a refusal, got none');
}

/** For specs: the refusal a promise rejects with. */
export async function refusalOf(p: Promise<unknown>): Promise<DomainException> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (err instanceof DomainException) return err;
  throw new Error(`expected a refusal, got ${err === null ? 'success' : String(err)}`);
}
