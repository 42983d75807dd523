import { EntityManager } from 'typeorm';
import type { PolicySpec } from '@dondoc/domain';
import { DirectiveEntity } from '../entities/directive.entity';
import { DirectiveRepository, DraftChanges, NewDirective } from './directive.repository';

export class TypeOrmDirectiveRepository extends DirectiveRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<DirectiveEntity | null> {
    return this.em.findOneBy(DirectiveEntity, { id });
  }

  findByIdempotencyKey(key: string): Promise<DirectiveEntity | null> {
    return this.em.findOneBy(DirectiveEntity, { idempotencyKey: key });
  }

  async insert(d: NewDirective): Promise<string> {
    const saved = await this.em.save(this.em.create(DirectiveEntity, d));
    return saved.id;
  }

  async updateDraft(id: string, changes: DraftChanges): Promise<void> {
    await this.em.update(DirectiveEntity, { id }, changes);
  }

  async issueDraft(id: string, policy: PolicySpec | null, requestHash: string): Promise<boolean> {
    // The status moves from draft under the row lock the UPDATE takes: one issue wins.
    const moved = await this.em
      .createQueryBuilder()
      .update(DirectiveEntity)
      .set({ status: 'issued', policy, requestHash })
      .where('id = :id AND status = :draft', { id, draft: 'draft' })
      .execute();
    return moved.affected === 1;
  }
}
