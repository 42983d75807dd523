import { InitialSchema1763850000000 } from './1763850000000-initial-schema';

/** In order; a merged migration is never rewritten, only followed by a new one. */
export const MIGRATIONS = [InitialSchema1763850000000];
