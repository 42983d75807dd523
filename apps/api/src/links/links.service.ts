import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  OPEN_STATUSES,
  dueText,
  dueTimeOfDay,
  statusLabel,
  DomainException,
  ErrorCode,
} from '@dondoc/domain';
import {
  TypeOrmAuditRepository,
  EmailLinkEntity,
  OrgUnitEntity,
  TaskEntity,
} from '@dondoc/persistence';
import { RuntimeConfig, verifyLink } from '@dondoc/platform';
import { TasksService } from '../tasks/tasks.service';
import { LinkPage } from './link-page';

interface Checked {
  link: EmailLinkEntity;
  task: TaskEntity;
}

const INVALID: LinkPage = {
  status: 400,
  title: 'Liên kết không hợp lệ',
  message:
    'Liên kết này không đúng hoặc đã bị thay đổi. Hãy dùng đúng liên kết trong thư, hoặc đăng nhập để xử lý nhiệm vụ.',
};

/**
 * One-click links from mail. A link is checked in full on every use: signature, the stored
 * link it names (same task, unit and action), expiry, single use, and that the task is still
 * open. Any failure shows a page and changes nothing.
 */
@Injectable()
export class LinksService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly config: RuntimeConfig,
    private readonly tasks: TasksService,
  ) {}

  /** GET: an acknowledge link asks for one confirming click; an open link shows the task. */
  async view(token: string): Promise<LinkPage> {
    const checked = await this.check(token);
    if ('status' in checked) return checked;
    if (checked.link.action === 'acknowledge') {
      return {
        status: 200,
        title: 'Xác nhận tiếp nhận nhiệm vụ',
        message: `Đơn vị ${await this.unitName(checked.task.leadUnitCode)} xác nhận đã tiếp nhận nhiệm vụ dưới đây.`,
        details: this.details(checked.task),
        confirm: { label: 'Xác nhận tiếp nhận' },
      };
    }
    // Mail scanners fetch every link before the person does: a GET uses nothing up. The
    // first opening is recorded; an open link stays good until it expires or the task ends.
    await this.audit(checked, 'link.opened', `link-opened:${checked.link.id}`);
    return {
      status: 200,
      title: 'Nhiệm vụ',
      message: `Trạng thái: ${statusLabel(checked.task.status)}.`,
      details: this.details(checked.task),
    };
  }

  /** POST: performs the acknowledgement, recorded as coming from the mail's recipients. */
  async acknowledge(token: string): Promise<LinkPage> {
    const checked = await this.check(token);
    if ('status' in checked) return checked;
    if (checked.link.action !== 'acknowledge') return INVALID;
    try {
      await this.tasks.perform(
        checked.task,
        { action: 'acknowledge' },
        {
          userId: null,
          source: 'email_link',
          label: this.label(checked.link),
        },
        { unitCode: checked.link.unitCode },
      );
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.InvalidTransition) {
        await this.consume(checked.link);
        return { status: 409, title: 'Không thực hiện được', message: err.message };
      }
      throw err;
    }
    await this.consume(checked.link);
    return {
      status: 200,
      title: 'Đã tiếp nhận nhiệm vụ',
      message: 'Cảm ơn. Việc tiếp nhận đã được ghi nhận; hệ thống sẽ nhắc hạn theo kế hoạch.',
      details: this.details(checked.task),
    };
  }

  private async check(token: string): Promise<Checked | LinkPage> {
    const claims = verifyLink(token, this.config.values.LINK_SECRET);
    if (!claims) return INVALID;
    const link = await this.ds.getRepository(EmailLinkEntity).findOneBy({ id: claims.linkId });
    if (
      !link ||
      link.taskId !== claims.taskId ||
      link.unitCode !== claims.unitCode ||
      link.action !== claims.action
    ) {
      return INVALID;
    }
    if (link.expiresAt.getTime() <= Date.now() || claims.expiresAt * 1000 <= Date.now()) {
      return {
        status: 410,
        title: 'Liên kết đã hết hạn',
        message:
          'Liên kết này đã quá thời hạn sử dụng. Vui lòng đăng nhập hệ thống để xử lý nhiệm vụ.',
      };
    }
    if (link.usedAt) return this.used();
    const task = await this.ds.getRepository(TaskEntity).findOneByOrFail({ id: link.taskId });
    if (task.leadUnitCode !== link.unitCode || !OPEN_STATUSES.includes(task.status)) {
      return {
        status: 409,
        title: 'Liên kết không còn hiệu lực',
        message: `Nhiệm vụ hiện ${statusLabel(task.status)} hoặc đã chuyển cho đơn vị khác; liên kết này không còn dùng được.`,
      };
    }
    return { link, task };
  }

  private used(): LinkPage {
    return {
      status: 410,
      title: 'Liên kết đã được sử dụng',
      message: 'Mỗi liên kết chỉ dùng được một lần. Vui lòng đăng nhập hệ thống để xem nhiệm vụ.',
    };
  }

  /** Marks the link used; false when another request used it first. */
  private async consume(link: EmailLinkEntity): Promise<boolean> {
    const res = await this.ds
      .getRepository(EmailLinkEntity)
      .update({ id: link.id, usedAt: IsNull() }, { usedAt: new Date() });
    return (res.affected ?? 0) === 1;
  }

  private label(link: EmailLinkEntity): string {
    return `liên kết email gửi tới ${link.sentTo.join(', ')}`;
  }

  private async audit({ link, task }: Checked, action: string, once?: string): Promise<void> {
    await new TypeOrmAuditRepository(this.ds.manager).append([
      {
        source: 'email_link',
        action,
        actorLabel: this.label(link),
        directiveId: task.directiveId,
        taskId: task.id,
        unitCode: task.leadUnitCode,
        after: { linkId: link.id },
        idempotencyKey: once ?? null,
      },
    ]);
  }

  private async unitName(code: string): Promise<string> {
    return (await this.ds.getRepository(OrgUnitEntity).findOneBy({ code }))?.shortName ?? code;
  }

  private details(t: TaskEntity): [string, string][] {
    return [
      ['Mục', t.item],
      ['Nhiệm vụ', t.summary],
      [
        'Thời hạn',
        dueText({ dueDate: t.dueDate, duePhrase: t.duePhrase, dueTime: dueTimeOfDay(t.dueAt) }),
      ],
      ['Trạng thái', statusLabel(t.status)],
    ];
  }
}
