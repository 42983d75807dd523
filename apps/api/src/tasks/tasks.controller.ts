import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Principal, parseDueInput } from '@dondoc/domain';
import { AuditEventView } from '../audit/audit.mapper';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { IdempotencyInterceptor, IdempotencyKey } from '../common/idempotency.interceptor';
import { notFoundOnBadUuid, taskIdParam } from '../common/uuid-param';
import {
  AttachmentsService,
  MAX_ATTACHMENT_BYTES,
  UploadedFile as StoredUpload,
  servedContentType,
} from './attachments.service';
import {
  ExtensionRequestDto,
  NoteDto,
  ProgressDto,
  ReasonDto,
  ReassignDto,
  SubmitDto,
} from './dto/task-action.dto';
import { AttachmentView, TaskReportView, TaskView } from './task.mapper';
import { TasksService } from './tasks.service';

const REFUSED = { status: 409, description: 'Trạng thái hiện tại không cho phép việc này' };

/** Every action of the lifecycle; the unit's under task.act, the issuer's under task.decide. */
@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly attachments: AttachmentsService,
  ) {}

  @Get(':id')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: TaskView })
  get(@CurrentPrincipal() p: Principal, @taskIdParam() id: string): Promise<TaskView> {
    return this.tasks.view(p, id);
  }

  @Get(':id/events')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: [AuditEventView] })
  events(@CurrentPrincipal() p: Principal, @taskIdParam() id: string): Promise<AuditEventView[]> {
    return this.tasks.events(p, id);
  }

  @Get(':id/reports')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, type: [TaskReportView] })
  reports(@CurrentPrincipal() p: Principal, @taskIdParam() id: string): Promise<TaskReportView[]> {
    return this.tasks.reports(p, id);
  }

  @Post(':id/acknowledge')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  acknowledge(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'acknowledge' }, key);
  }

  @Post(':id/progress')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  progress(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ProgressDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(
      p,
      id,
      {
        action: 'report_progress',
        text: dto.text,
        percent: dto.percent ?? null,
        attachmentIds: dto.attachmentIds ?? [],
      },
      key,
    );
  }

  @Post(':id/extension')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  requestExtension(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ExtensionRequestDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    const due = parseDueInput(dto.due)!; // the DTO has checked it parses
    return this.tasks.act(
      p,
      id,
      {
        action: 'request_extension',
        dueAt: due.dueAt.toISOString(),
        dueDate: due.dueDate,
        reason: dto.reason,
      },
      key,
    );
  }

  @Post(':id/extension/approve')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  approveExtension(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: NoteDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'approve_extension', note: dto.note ?? null }, key);
  }

  @Post(':id/extension/reject')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  rejectExtension(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ReasonDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'reject_extension', reason: dto.reason }, key);
  }

  @Post(':id/submit')
  @RequirePermission('task.act')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  submit(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: SubmitDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(
      p,
      id,
      {
        action: 'submit',
        result: dto.result,
        attachmentIds: dto.attachmentIds ?? [],
      },
      key,
    );
  }

  @Post(':id/accept')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  accept(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: NoteDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'accept', note: dto.note ?? null }, key);
  }

  @Post(':id/return')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  returnToUnit(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ReasonDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'return', reason: dto.reason }, key);
  }

  @Post(':id/reassign')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  reassign(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ReassignDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(
      p,
      id,
      { action: 'reassign', unitCode: dto.unit, reason: dto.reason },
      key,
    );
  }

  @Post(':id/cancel')
  @RequirePermission('task.decide')
  @HttpCode(200)
  @ApiResponse({ status: 200, type: TaskView })
  @ApiResponse(REFUSED)
  cancel(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Body() dto: ReasonDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<TaskView> {
    return this.tasks.act(p, id, { action: 'cancel', reason: dto.reason }, key);
  }

  @Post(':id/attachments')
  @RequirePermission('task.act')
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }),
    IdempotencyInterceptor,
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 201, type: AttachmentView })
  upload(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @UploadedFile() file: StoredUpload | undefined,
  ): Promise<AttachmentView> {
    return this.attachments.upload(p, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @RequirePermission('task.read')
  @ApiResponse({ status: 200, description: 'Nội dung tệp' })
  async download(
    @CurrentPrincipal() p: Principal,
    @taskIdParam() id: string,
    @Param('attachmentId', notFoundOnBadUuid('tệp đính kèm')) attachmentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { file, content } = await this.attachments.download(p, id, attachmentId);
    res.setHeader('Content-Type', servedContentType(file.contentType));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Opened in a tab anyway, a file can run nothing and reach nothing of this origin.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.send(content);
  }
}
