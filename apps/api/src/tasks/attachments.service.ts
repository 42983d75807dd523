import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OPEN_STATUSES, Principal, DomainException, ErrorCode } from '@dondoc/domain';
import { AttachmentEntity, AuditEventEntity, auditEvent } from '@dondoc/persistence';
import { TaskAccessService } from './task-access.service';
import { AttachmentView, mapAttachment } from './task.mapper';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** Files the lead unit attaches to its reports, stored with the task in PostgreSQL. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly access: TaskAccessService,
  ) {}

  async upload(
    p: Principal,
    taskId: string,
    file: UploadedFile | undefined,
  ): Promise<AttachmentView> {
    const { task } = await this.access.actionable(p, taskId);
    if (!file) {
      throw new DomainException(ErrorCode.ValidationFailed, 'Dữ liệu không hợp lệ.', [
        { field: 'file', message: 'Chưa chọn tệp để tải lên (trường "file").' },
      ]);
    }
    if (!OPEN_STATUSES.includes(task.status)) {
      throw new DomainException(
        ErrorCode.InvalidTransition,
        'Nhiệm vụ đã kết thúc; không thể đính kèm thêm tệp.',
      );
    }
    // Multer reads the name as latin1; browsers send UTF-8, which Vietnamese names need.
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255);
    const row = await this.ds.transaction(async (em) => {
      const saved = await em.save(
        em.create(AttachmentEntity, {
          taskId,
          fileName: fileName || 'tep-dinh-kem',
          contentType: file.mimetype || 'application/octet-stream',
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: file.buffer,
          uploadedBy: p.userId,
          uploadedAt: new Date(),
        }),
      );
      await em.insert(
        AuditEventEntity,
        auditEvent({
          at: saved.uploadedAt,
          source: 'api',
          actorUserId: p.userId,
          action: 'task.attachment_uploaded',
          directiveId: task.directiveId,
          taskId,
          unitCode: task.leadUnitCode,
          after: { attachmentId: saved.id, fileName: saved.fileName, sizeBytes: saved.sizeBytes },
        }),
      );
      return saved;
    });
    return mapAttachment(row);
  }

  async download(
    p: Principal,
    taskId: string,
    attachmentId: string,
  ): Promise<{ file: AttachmentEntity; content: Buffer }> {
    await this.access.readable(p, taskId);
    const file = await this.ds
      .getRepository(AttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.id = :attachmentId AND a.task_id = :taskId', { attachmentId, taskId })
      .getOne();
    if (!file) throw new DomainException(ErrorCode.NotFound, 'Không tìm thấy tệp đính kèm.');
    return { file, content: file.content };
  }
}

/**
 * Types a browser shows without running anything from the file. Anything else (HTML, SVG,
 * scripts, unknown) goes out as bytes to save, whatever the uploader said it was.
 */
const SAFE_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

export function servedContentType(stored: string): string {
  const type = stored.split(';')[0].trim().toLowerCase();
  return SAFE_TYPES.has(type) ? type : 'application/octet-stream';
}
