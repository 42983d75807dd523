import { InitialSchema1763850000000 } from './1763850000000-initial-schema';
import { AccountsAndLinks1763900000000 } from './1763900000000-accounts-and-links';
import { TaskLifecycle1764000000000 } from './1764000000000-task-lifecycle';
import { CascadeAndDrafts1764200000000 } from './1764200000000-cascade-and-drafts';
import { OrgDirectoryAdmin1764300000000 } from './1764300000000-org-directory-admin';

/** In order; a merged migration is never rewritten, only followed by a new one. */
export const MIGRATIONS = [
  InitialSchema1763850000000,
  AccountsAndLinks1763900000000,
  TaskLifecycle1764000000000,
  CascadeAndDrafts1764200000000,
  OrgDirectoryAdmin1764300000000,
];
