import { EntityManager } from 'typeorm';
import { localDateOf } from '../../../../libs/domain/src';
import { MemberCandidate, MembershipRule, groupMembers } from '../../../../libs/org/src';

import { OrgGroupEntity, OrgUnitEntity } from '../../../../libs/persistence/src';

/** Every group's member codes as the directory stands today: merged or ended units drop out. */
export async function loadGroupMembers(em: EntityManager): Promise<Map<string, string[]>> {
  const [groups, units] = await Promise.all([
    em.find(OrgGroupEntity),
    em.find(OrgUnitEntity, { order: { ordinal: 'ASC' } }),
  ]);
  const rows: MemberCandidate[] = units.map((u) => ({
    code: u.code,
    level: u.level as MemberCandidate['level'],
    kind: u.kind as MemberCandidate['kind'],
    parent: u.parentCode,
    active_from: u.activeFrom ?? undefined,
    active_to: u.activeTo ?? undefined,
  }));
  const today = localDateOf(new Date());
  return new Map(
    groups.map((g) => [g.code, groupMembers(g.members as MembershipRule, rows, today)] as const),
  );
}
