import { EntityManager } from 'typeorm';
import { localDateOf } from '../../../../libs/domain/src';

/** Units that may be given work today: in the directory and not ended. */
export async function activeUnitCodes(em: EntityManager, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const today = localDateOf(new Date());
  const rows: { code: string }[] = await em.query(
    `SELECT code FROM org_unit
      WHERE code = ANY($1)
        AND (active_from IS NULL OR active_from <= $2)
        AND (active_to IS NULL OR active_to > $2)`,
    [codes, today],
  );
  return new Set(rows.map((r) => r.code));
}
