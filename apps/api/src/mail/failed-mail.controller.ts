import { Controller, Get, Query } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { MailRepository } from '@dondoc/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { FailedMailQueryDto } from './failed-mail.dto';
import { FailedMailView, mapFailedMail } from './failed-mail.mapper';

/** Mail the relay refused for good (a dead address, a full mailbox): for the admin to fix. */
@ApiTags('admin')
@Controller('admin/mail')
export class FailedMailController {
  constructor(private readonly mail: MailRepository) {}

  @Get('failed')
  @RequirePermission('mail.admin')
  @ApiResponse({ status: 200, type: [FailedMailView] })
  async failed(@Query() q: FailedMailQueryDto): Promise<FailedMailView[]> {
    const rows = await this.mail.failed({
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      unitCode: q.unitCode,
      limit: q.limit ?? 100,
    });
    return rows.map(mapFailedMail);
  }
}
