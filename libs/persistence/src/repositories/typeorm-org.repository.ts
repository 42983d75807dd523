import { EntityManager, In } from 'typeorm';
import { MemberCandidate, MembershipRule, groupMembers, isActiveOn } from '@dondoc/org';
import { OrgGroupEntity } from '../entities/org-group.entity';
import { OrgUnitEntity } from '../entities/org-unit.entity';
import { OrgRepository } from './org.repository';

function candidate(u: OrgUnitEntity): MemberCandidate {
  return {
    code: u.code,
    level: u.level as MemberCandidate['level'],
    kind: u.kind as MemberCandidate['kind'],
    parent: u.parentCode,
    active_from: u.activeFrom ?? undefined,
    active_to: u.activeTo ?? undefined,
  };
}

export class TypeOrmOrgRepository extends OrgRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async activeUnitCodes(codes: readonly string[], day: string): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const units = await this.em.find(OrgUnitEntity, {
      select: { code: true, activeFrom: true, activeTo: true },
      where: { code: In([...new Set(codes)]) },
    });
    return new Set(units.filter((u) => isActiveOn(candidate(u), day)).map((u) => u.code));
  }

  async groupMembersOn(day: string): Promise<Map<string, string[]>> {
    const { units, groups } = await this.directory();
    const rows = units.map(candidate);
    return new Map(
      groups.map((g) => [g.code, groupMembers(g.members as MembershipRule, rows, day)] as const),
    );
  }

  async parentMap(): Promise<Map<string, string | null>> {
    const units = await this.em.find(OrgUnitEntity, { select: { code: true, parentCode: true } });
    return new Map(units.map((u) => [u.code, u.parentCode]));
  }

  unit(code: string): Promise<OrgUnitEntity | null> {
    return this.em.findOneBy(OrgUnitEntity, { code });
  }

  units(codes: readonly string[]): Promise<OrgUnitEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.em.find(OrgUnitEntity, {
      where: { code: In([...codes]) },
      order: { ordinal: 'ASC' },
    });
  }

  async directory(): Promise<{ units: OrgUnitEntity[]; groups: OrgGroupEntity[] }> {
    const [units, groups] = await Promise.all([
      this.em.find(OrgUnitEntity, { order: { ordinal: 'ASC' } }),
      this.em.find(OrgGroupEntity, { order: { ordinal: 'ASC' } }),
    ]);
    return { units, groups };
  }
}
