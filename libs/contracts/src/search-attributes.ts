import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';

/** Registered on the server at start; what operators find a task's workflow by. */
export const TASK_ID_KEY = defineSearchAttributeKey('DonDocTaskId', SearchAttributeType.KEYWORD);
export const DIRECTIVE_ID_KEY = defineSearchAttributeKey(
  'DonDocDirectiveId',
  SearchAttributeType.KEYWORD,
);
export const UNIT_KEY = defineSearchAttributeKey('DonDocUnit', SearchAttributeType.KEYWORD);
