import { applyDecorators, Controller } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiPropertyOptional,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { RequireRoles } from '@kbdm/api/core-auth';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { IsOptional, Matches } from 'class-validator';
import { ProblemDetailsDto } from './common.responses';
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

/**
 * A controller of dashboard figures at `/api/v1/<path>`: officers and administrators only, its
 * refusals and wrong filters described as problem details, under the `stats` tag.
 */
export function StatsRoutes(path: string): ClassDecorator {
  return applyDecorators(
    ApiTags('stats'),
    ApiBearerAuth(),
    RequireRoles('officer', 'admin'),
    ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' }),
    ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Officers and administrators only' }),
    ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong filter, named' }),
    Controller({ path, version: '1' }),
  );
}
