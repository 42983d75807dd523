import { Global, Module, Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AuditRepository,
  DirectiveRepository,
  MailRepository,
  OrgRepository,
  Repositories,
  SeriesRepository,
  TaskRepository,
  TypeOrmUnitOfWork,
  UnitOfWork,
} from '@dondoc/persistence';

/** A repository outside any transaction, under its abstract class as the token. */
function repository(
  token: abstract new () => unknown,
  pick: (r: Repositories) => unknown,
): Provider {
  return {
    provide: token,
    inject: [UnitOfWork],
    useFactory: (uow: UnitOfWork) => pick(uow.repositories),
  };
}

const PROVIDERS: Provider[] = [
  {
    provide: UnitOfWork,
    inject: [getDataSourceToken()],
    useFactory: (ds: DataSource) => new TypeOrmUnitOfWork(ds),
  },
  repository(TaskRepository, (r) => r.tasks),
  repository(DirectiveRepository, (r) => r.directives),
  repository(SeriesRepository, (r) => r.series),
  repository(AuditRepository, (r) => r.audit),
  repository(OrgRepository, (r) => r.org),
  repository(MailRepository, (r) => r.mail),
];

/**
 * The repositories, bound to their TypeORM implementations. Services ask for the abstract
 * class; a unit spec hands them an in-memory one instead.
 */
@Global()
@Module({
  providers: PROVIDERS,
  exports: [
    UnitOfWork,
    TaskRepository,
    DirectiveRepository,
    SeriesRepository,
    AuditRepository,
    OrgRepository,
    MailRepository,
  ],
})
export class RepositoriesModule {}
