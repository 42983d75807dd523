import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal, DomainException, ErrorCode } from '@dondoc/domain';
import {
  Directory,
  DirectoryUnit,
  checkDirectory,
  checkUnit,
  describeProblem,
  isActiveOn,
  sameUnit,
} from '@dondoc/org';
import {
  AuditEventEntity,
  OrgUnitEntity,
  auditEvent,
  loadDirectory,
  lockDirectory,
  nextUnitOrdinal,
  unitRow,
} from '@dondoc/persistence';
import { CreateUnitDto, MergeUnitDto, OrgUnitView, UpdateUnitDto } from './org.dto';
import { mapUnit, unitErrors } from './org.mapper';
import { OrgTreeService } from './org-tree.service';

const INVALID = 'Dữ liệu không hợp lệ.';

/**
 * The admin's edits to single units. Each one checks the whole directory as it would be
 * afterwards with the rules an imported file meets, under the directory lock, and records
 * an audit event with the unit before and after.
 */
@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tree: OrgTreeService,
  ) {}

  async create(admin: Principal, dto: CreateUnitDto): Promise<OrgUnitView> {
    const unit = this.valid({
      code: dto.code,
      short_name: dto.shortName,
      full_name: dto.fullName,
      level: dto.level,
      kind: dto.kind,
      parent: dto.parent,
      aliases: dto.aliases ?? [],
      emails: dto.emails,
      head: dto.head ? { title: dto.head.title, email: dto.head.email } : null,
      active_from: dto.activeFrom ?? null,
      active_to: dto.activeTo ?? null,
      replaced_by: null,
    });
    await this.write(async (em, dir) => {
      if (
        dir.units.some((u) => u.code === unit.code) ||
        dir.groups.some((g) => g.code === unit.code)
      ) {
        throw new DomainException(ErrorCode.ValidationFailed, INVALID, [
          { field: 'code', message: `Mã "${unit.code}" đã có trong danh bạ.` },
        ]);
      }
      this.checkOutcome(dir, { ...dir, units: [...dir.units, unit] });
      await em.insert(OrgUnitEntity, { ...unitRow(unit), ordinal: await nextUnitOrdinal(em) });
      await em.insert(AuditEventEntity, this.audit(admin, 'org.unit_created', null, unit));
    });
    return mapUnit(unit);
  }

  async update(admin: Principal, code: string, dto: UpdateUnitDto): Promise<OrgUnitView> {
    return this.write(async (em, dir) => {
      const before = this.find(dir, code);
      const after = this.valid({
        ...before,
        ...(dto.shortName !== undefined && { short_name: dto.shortName }),
        ...(dto.fullName !== undefined && { full_name: dto.fullName }),
        ...(dto.level !== undefined && { level: dto.level }),
        ...(dto.kind !== undefined && { kind: dto.kind }),
        ...(dto.parent !== undefined && { parent: dto.parent }),
        ...(dto.aliases !== undefined && { aliases: dto.aliases }),
        ...(dto.emails !== undefined && { emails: dto.emails }),
        ...(dto.head !== undefined && {
          head: dto.head && { title: dto.head.title, email: dto.head.email },
        }),
        ...(dto.activeFrom !== undefined && { active_from: dto.activeFrom }),
        ...(dto.activeTo !== undefined && { active_to: dto.activeTo }),
        ...(dto.replacedBy !== undefined && { replaced_by: dto.replacedBy }),
      });
      // Nothing to change is not an error, and not worth an audit event.
      if (sameUnit(before, after)) return mapUnit(before);
      if (before.parent === null && after.parent !== null) {
        throw new DomainException(ErrorCode.ValidationFailed, INVALID, [
          { field: 'parent', message: 'Đơn vị gốc không có đơn vị cấp trên.' },
        ]);
      }
      this.checkOutcome(dir, this.replace(dir, after));
      await em.update(OrgUnitEntity, { code }, unitRow(after));
      await em.insert(AuditEventEntity, this.audit(admin, 'org.unit_updated', before, after));
      return mapUnit(after);
    });
  }

  /** Ends a unit on a day and records the unit that took over its work. */
  async merge(admin: Principal, code: string, dto: MergeUnitDto): Promise<OrgUnitView> {
    return this.write(async (em, dir) => {
      const before = this.find(dir, code);
      if (before.replaced_by !== null) {
        throw new DomainException(
          ErrorCode.InvalidTransition,
          `Đơn vị ${code} đã được sáp nhập vào ${before.replaced_by} từ ngày ${before.active_to}.`,
        );
      }
      if (before.parent === null) {
        throw new DomainException(ErrorCode.ValidationFailed, INVALID, [
          { field: 'code', message: 'Không sáp nhập được đơn vị gốc.' },
        ]);
      }
      const into = dir.units.find((u) => u.code === dto.into);
      if (!into) {
        throw new DomainException(ErrorCode.UnknownUnit, 'Có đơn vị không có trong danh bạ.', [
          { field: 'into', message: `Không có đơn vị mã "${dto.into}" trong danh bạ.` },
        ]);
      }
      if (into.code === code) {
        throw new DomainException(ErrorCode.ValidationFailed, INVALID, [
          { field: 'into', message: 'Không sáp nhập được một đơn vị vào chính nó.' },
        ]);
      }
      if (!isActiveOn(into, dto.on)) {
        throw new DomainException(ErrorCode.ValidationFailed, INVALID, [
          { field: 'into', message: `Đơn vị ${into.code} không hoạt động vào ngày ${dto.on}.` },
        ]);
      }
      const after: DirectoryUnit = { ...before, active_to: dto.on, replaced_by: into.code };
      this.checkOutcome(dir, this.replace(dir, after), { activeTo: 'on', replacedBy: 'into' });
      await em.update(OrgUnitEntity, { code }, unitRow(after));
      await em.insert(AuditEventEntity, this.audit(admin, 'org.unit_merged', before, after));
      return mapUnit(after);
    });
  }

  /** One directory write: under the lock, on the directory as it stands, cache cleared after. */
  private async write<T>(fn: (em: EntityManager, dir: Directory) => Promise<T>): Promise<T> {
    const out = await this.ds.transaction(async (em) => {
      await lockDirectory(em);
      return fn(em, await loadDirectory(em));
    });
    this.tree.invalidate();
    return out;
  }

  private find(dir: Directory, code: string): DirectoryUnit {
    const unit = dir.units.find((u) => u.code === code);
    if (!unit) throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy đơn vị.');
    return unit;
  }

  private replace(dir: Directory, unit: DirectoryUnit): Directory {
    return { ...dir, units: dir.units.map((u) => (u.code === unit.code ? unit : u)) };
  }

  private valid(raw: Record<string, unknown>): DirectoryUnit {
    const checked = checkUnit(raw);
    if (!checked.unit)
      throw new DomainException(ErrorCode.ValidationFailed, INVALID, unitErrors(checked.problems));
    return checked.unit;
  }

  /** Refuses what the change breaks; problems the directory already had are not this change's. */
  private checkOutcome(before: Directory, after: Directory, rename: Record<string, string> = {}) {
    const known = new Set(checkDirectory(before).map(describeProblem));
    const fresh = checkDirectory(after).filter((p) => !known.has(describeProblem(p)));
    if (fresh.length) {
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'Thay đổi làm danh bạ không hợp lệ.',
        unitErrors(fresh, rename),
      );
    }
  }

  private audit(
    admin: Principal,
    action: string,
    before: DirectoryUnit | null,
    after: DirectoryUnit,
  ): AuditEventEntity {
    return auditEvent({
      source: 'api',
      action,
      actorUserId: admin.userId,
      unitCode: after.code,
      before: before && mapUnit(before),
      after: mapUnit(after),
    });
  }
}
