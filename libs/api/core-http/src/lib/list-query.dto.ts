import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, LANGS, type Lang, MAX_PAGE_SIZE } from '@kbdm/shared/domain';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** `?lang=` on any read route: the language of titles, sorting by name and search ranking. */
export class LangQueryDto {
  @ApiPropertyOptional({ enum: LANGS, description: 'Language of titles; defaults to Accept-Language, then ru.' })
  @IsOptional()
  @IsIn(LANGS)
  lang?: Lang;
}

/** `?page=`: the 1-based page of a list. */
export function PageNumber(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, default: 1 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100_000),
  );
}

/** `?pageSize=`: how many items a page holds, at most `MAX_PAGE_SIZE`. */
export function PageSize(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );
}

/** Paging and the language of titles: what every paged read accepts. */
export class PageQueryDto extends LangQueryDto {
  @PageNumber()
  page?: number;

  @PageSize()
  pageSize?: number;
}

/** What every catalogue list accepts besides its own filters. */
export class ListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search in Kazakh, Russian and English; partial words match too.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q?: string;
}

const splitCsv = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : value;

/** A comma-separated list in a query parameter (`status=open,archived`), each value checked. */
export function CsvOf(values: readonly string[]): PropertyDecorator {
  return (target, key) => {
    Transform(splitCsv)(target, key);
    IsIn(values, { each: true, message: `${String(key)} must be one or more of: ${values.join(', ')}` })(target, key);
  };
}

/** A comma-separated list of codes (sectors, districts); each must have the code's form, the service checks it exists. */
export function CsvCodes(pattern: RegExp): PropertyDecorator {
  return (target, key) => {
    Transform(splitCsv)(target, key);
    Matches(pattern, { each: true, message: `${String(key)} has a value of the wrong form` })(target, key);
  };
}

/** A non-negative number in the query. */
export function QueryAmount(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    Type(() => Number)(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
    Min(0)(target, key);
  };
}
