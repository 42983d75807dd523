import { InitialSchema1763850000000 } from './1763850000000-initial-schema';
import { AccountsAndLinks1763900000000 } from './1763900000000-accounts-and-links';
import { TaskLifecycle1764000000000 } from './1764000000000-task-lifecycle';

/** In order; a merged migration is never rewritten, only followed by a new one. */
export const MIGRATIONS = [
  InitialSchema1763850000000,
  AccountsAndLinks1763900000000,
  TaskLifecycle1764000000000,
];
