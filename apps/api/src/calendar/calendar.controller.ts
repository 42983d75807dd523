import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiResponse, ApiTags } from '@nestjs/swagger';
import { Principal, DomainException, ErrorCode } from '@dondoc/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/auth.decorators';
import { CalendarYearDto, CalendarYearView } from './calendar.dto';
import { CalendarService } from './calendar.service';

const yearPipe = new ParseIntPipe({
  exceptionFactory: () =>
    new DomainException(ErrorCode.ValidationFailed, 'Năm không hợp lệ.', [
      { field: 'year', message: 'Năm phải là số từ 1900 đến 2999.' },
    ]),
});

function checkYear(year: number): number {
  if (year < 1900 || year > 2999) {
    throw new DomainException(ErrorCode.ValidationFailed, 'Năm không hợp lệ.', [
      { field: 'year', message: 'Năm phải là số từ 1900 đến 2999.' },
    ]);
  }
  return year;
}

@ApiTags('calendar')
@Controller()
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Get('calendar/:year')
  @RequirePermission('org.read')
  @ApiResponse({ status: 200, type: CalendarYearView })
  get(@Param('year', yearPipe) year: number): Promise<CalendarYearView> {
    return this.calendars.year(checkYear(year));
  }

  @Put('admin/calendar/:year')
  @RequirePermission('calendar.admin')
  @ApiResponse({ status: 200, type: CalendarYearView })
  set(
    @CurrentPrincipal() p: Principal,
    @Param('year', yearPipe) year: number,
    @Body() dto: CalendarYearDto,
  ): Promise<CalendarYearView> {
    return this.calendars.setYear(p, checkYear(year), dto);
  }
}
