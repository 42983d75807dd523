import type { AuditRepository } from './audit.repository';
import type { DirectiveRepository } from './directive.repository';
import type { MailRepository } from './mail.repository';
import type { OrgRepository } from './org.repository';
import type { SeriesRepository } from './series.repository';
import type { TaskRepository } from './task.repository';

/** Every repository, over one connection or one transaction. */
export interface Repositories {
  tasks: TaskRepository;
  directives: DirectiveRepository;
  series: SeriesRepository;
  audit: AuditRepository;
  org: OrgRepository;
  mail: MailRepository;
}

/** Work that commits together or not at all. */
export abstract class UnitOfWork {
  /** The repositories outside any transaction. */
  abstract readonly repositories: Repositories;
  abstract transaction<T>(work: (r: Repositories) => Promise<T>): Promise<T>;
}
