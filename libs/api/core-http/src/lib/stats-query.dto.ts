import { ApiPropertyOptional } from '@nestjs/swagger';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { IsOptional, Matches } from 'class-validator';
import { CsvCodes, LangQueryDto } from './list-query.dto';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The filters every chart of `/api/v1/stats/…` takes: a period of days and districts. */
export class StatsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'From this day (in the region’s calendar), inclusive' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be a date, YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'To this day, inclusive' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be a date, YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ description: 'Comma list of district codes' })
  @IsOptional()
  @CsvCodes(/^[a-z][a-z0-9-]{0,63}$/)
  district?: string[];
}

/** The period's days in order, or a 400 naming `to`. */
export function assertPeriod(query: Pick<StatsQueryDto, 'from' | 'to'>): void {
  if (query.from && query.to && query.from > query.to) {
    throw new InvalidInputException(
      [{ field: 'to', message: 'must not be before from' }],
      'The period ends before it starts.',
    );
  }
}
