import { TimeRangeQueryDto } from '../common/time-range.dto';

export class FailedMailQueryDto extends TimeRangeQueryDto {}
