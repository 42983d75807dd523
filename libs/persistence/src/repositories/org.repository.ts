import type { OrgGroupEntity } from '../entities/org-group.entity';
import type { OrgUnitEntity } from '../entities/org-unit.entity';

/**
 * The org directory as the services read it. "Active on a day" and "a group's members on a
 * day" are answered here and nowhere else (both by libs/org's rules).
 */
export abstract class OrgRepository {
  /** Of `codes`, those in the directory and active on `day` (YYYY-MM-DD, Vietnamese time). */
  abstract activeUnitCodes(codes: readonly string[], day: string): Promise<Set<string>>;
  /** Every group's member codes on `day`: ended or merged units drop out. */
  abstract groupMembersOn(day: string): Promise<Map<string, string[]>>;
  /** Unit code → parent code, for the whole tree. */
  abstract parentMap(): Promise<Map<string, string | null>>;
  abstract unit(code: string): Promise<OrgUnitEntity | null>;
  abstract units(codes: readonly string[]): Promise<OrgUnitEntity[]>;
  /** Every unit in directory order, and every group. */
  abstract directory(): Promise<{ units: OrgUnitEntity[]; groups: OrgGroupEntity[] }>;
}
