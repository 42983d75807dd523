import { Injectable } from '@nestjs/common';
import { Principal } from '@dondoc/domain';
import { TaskListRepository } from '@dondoc/persistence/repositories/task-list.repository';
import { TaskListService } from '../tasks/task-list.service';
import { DirectiveListQueryDto, DirectiveListView } from './dto/directive-list.dto';

/** Directives the user may see, newest first, each with "k of n done" and how many are late. */
@Injectable()
export class DirectiveListService {
  constructor(
    private readonly repo: TaskListRepository,
    private readonly tasks: TaskListService,
  ) {}

  async list(p: Principal, q: DirectiveListQueryDto): Promise<DirectiveListView> {
    const [scope, { clock }] = await Promise.all([this.tasks.scope(p), this.tasks.clock()]);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const found = await this.repo.listDirectives(
      scope,
      {
        number: q.number,
        docType: q.docType,
        issuerUnit: q.issuer,
        issuedFrom: q.issuedFrom,
        issuedTo: q.issuedTo,
        statuses: q.status,
        text: q.q,
      },
      clock,
      page,
      pageSize,
    );
    return {
      items: found.items.map(({ directive: d, total, done, overdue }) => ({
        id: d.id,
        number: d.number,
        docType: d.docType,
        title: d.title,
        issuedOn: d.issuedOn,
        issuerUnit: d.issuerUnitCode,
        status: d.status,
        taskCount: total,
        doneCount: done,
        overdueCount: overdue,
      })),
      total: found.total,
      page,
      pageSize,
    };
  }
}
