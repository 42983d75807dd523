import { DataSource, EntityManager } from 'typeorm';
import { Repositories, UnitOfWork } from './repositories';
import { TypeOrmAuditRepository } from './typeorm-audit.repository';
import { TypeOrmDirectiveRepository } from './typeorm-directive.repository';
import { TypeOrmMailRepository } from './typeorm-mail.repository';
import { TypeOrmOrgRepository } from './typeorm-org.repository';
import { TypeOrmSeriesRepository } from './typeorm-series.repository';
import { TypeOrmTaskRepository } from './typeorm-task.repository';

export function typeOrmRepositories(em: EntityManager): Repositories {
  return {
    tasks: new TypeOrmTaskRepository(em),
    directives: new TypeOrmDirectiveRepository(em),
    series: new TypeOrmSeriesRepository(em),
    audit: new TypeOrmAuditRepository(em),
    org: new TypeOrmOrgRepository(em),
    mail: new TypeOrmMailRepository(em),
  };
}

export class TypeOrmUnitOfWork extends UnitOfWork {
  readonly repositories: Repositories;

  constructor(private readonly ds: DataSource) {
    super();
    this.repositories = typeOrmRepositories(ds.manager);
  }

  transaction<T>(work: (r: Repositories) => Promise<T>): Promise<T> {
    return this.ds.transaction((em) => work(typeOrmRepositories(em)));
  }
}
