import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal, localDateOf, DomainException, ErrorCode } from '@dondoc/domain';
import {
  Directory,
  DirectoryError,
  exportDirectory,
  groupMembers,
  parseDirectory,
  planChanges,
} from '@dondoc/org';
import { AuditEventEntity, auditEvent, importDirectory, loadDirectory } from '@dondoc/persistence';
import { DirectoryImportView, OrgGroupView, UnitListItemView } from './org.dto';
import { fileErrors, importAudit, mapGroup, mapImport, mapUnitListItem } from './org.mapper';
import { OrgTreeService } from './org-tree.service';

const BROKEN_FILE = 'Tệp danh bạ không hợp lệ; chưa có thay đổi nào được lưu.';

/** The directory as a whole: listing, groups, and the YAML file in and out. */
@Injectable()
export class OrgDirectoryService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tree: OrgTreeService,
  ) {}

  async units(): Promise<UnitListItemView[]> {
    const { units } = await loadDirectory(this.ds.manager);
    return units
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map(mapUnitListItem);
  }

  /** Each group with the units it stands for today. */
  async groups(): Promise<OrgGroupView[]> {
    const dir = await loadDirectory(this.ds.manager);
    const today = localDateOf(new Date());
    return dir.groups.map((g) => mapGroup(g, groupMembers(g.members, dir.units, today)));
  }

  async exportYaml(): Promise<string> {
    const dir = await loadDirectory(this.ds.manager);
    return exportDirectory(dir, [
      `Danh bạ đơn vị Đôn Đốc, xuất ngày ${localDateOf(new Date())}: ${dir.units.length} đơn vị, ${dir.groups.length} nhóm.`,
      'active_from: ngày bắt đầu hoạt động; active_to: ngày ngừng hoạt động (từ ngày này đơn vị không còn hoạt động);',
      'replaced_by: đơn vị tiếp nhận. Đơn vị không có trong tệp khi nhập lại sẽ ngừng hoạt động từ ngày nhập, không bị xóa.',
    ]);
  }

  /**
   * Brings the directory to what the file says, in one transaction: a file with any problem
   * changes nothing. Units the file leaves out are ended today, never deleted.
   */
  async importYaml(admin: Principal, yamlText: string): Promise<DirectoryImportView> {
    const dir = this.parse(yamlText);
    try {
      const plan = await this.ds.transaction(async (em) => {
        const plan = await importDirectory(em, dir, { today: localDateOf(new Date()) });
        if (planChanges(plan)) {
          await em.insert(
            AuditEventEntity,
            auditEvent({
              source: 'api',
              action: 'org.imported',
              actorUserId: admin.userId,
              ...importAudit(plan),
            }),
          );
        }
        return plan;
      });
      return mapImport(plan);
    } catch (err) {
      if (err instanceof DirectoryError) {
        throw new DomainException(
          ErrorCode.ValidationFailed,
          BROKEN_FILE,
          fileErrors(err.problems),
        );
      }
      throw err;
    } finally {
      this.tree.invalidate();
    }
  }

  private parse(yamlText: string): Directory {
    try {
      return parseDirectory(yamlText);
    } catch (err) {
      if (err instanceof DirectoryError) {
        throw new DomainException(
          ErrorCode.ValidationFailed,
          BROKEN_FILE,
          fileErrors(err.problems),
        );
      }
      throw err;
    }
  }
}
