import type { DirectiveDraft, DirectiveEntity } from '../entities/directive.entity';
import type { PolicySpec } from '@dondoc/domain';

export type NewDirective = Omit<DirectiveEntity, 'id' | 'createdAt'>;

export type DraftChanges = Partial<
  Pick<DirectiveEntity, 'number' | 'docType' | 'title' | 'issuedOn'> & { draft: DirectiveDraft }
>;

export abstract class DirectiveRepository {
  abstract findById(id: string): Promise<DirectiveEntity | null>;
  abstract findByIdempotencyKey(key: string): Promise<DirectiveEntity | null>;
  /** Returns the new directive's id. */
  abstract insert(d: NewDirective): Promise<string>;
  abstract updateDraft(id: string, changes: DraftChanges): Promise<void>;
  /**
   * Moves a draft to issued with the policy chosen at issue; false when it was no longer a
   * draft (another request issued it first).
   */
  abstract issueDraft(id: string, policy: PolicySpec | null, requestHash: string): Promise<boolean>;
}
