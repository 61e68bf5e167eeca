import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  FieldError,
  GeoPoint,
  ItemRef,
  Lang,
  LocalizedText,
  ProblemDetails,
  SourceRef,
} from '@kbdm/shared/domain';
import { LANGS } from '@kbdm/shared/domain';

/*
 * OpenAPI descriptions of the shared shapes. Each class implements the plain contract type, so the
 * compiler keeps the documentation and the answers in step; the web app never sees these classes.
 */

export class LocalizedTextDto implements LocalizedText {
  @ApiPropertyOptional({ example: 'Кірпіш өндірісі' }) kk?: string;
  @ApiPropertyOptional({ example: 'Производство кирпича' }) ru?: string;
  @ApiPropertyOptional({ example: 'Brick production' }) en?: string;
  @ApiPropertyOptional({
    enum: LANGS,
    isArray: true,
    description: 'Languages whose text is an unconfirmed machine draft',
  })
  drafts?: Lang[];
}

export class SourceRefDto implements SourceRef {
  @ApiProperty() title!: string;
  @ApiPropertyOptional() publisher?: string;
  @ApiPropertyOptional() url?: string;
  @ApiProperty({ example: '2025-12-30', description: 'ISO date of the publication or of the check' }) date!: string;
}

export class GeoPointDto implements GeoPoint {
  @ApiProperty({ example: 49.806 }) lat!: number;
  @ApiProperty({ example: 73.085 }) lon!: number;
}

export class ItemRefDto implements ItemRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Name in the requested language' }) title!: string;
}

class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'pageSize' }) field!: string;
  @ApiProperty({ example: 'pageSize must not be greater than 100' }) message!: string;
}

/** RFC 9457 problem details, as every error is answered. */
export class ProblemDetailsDto implements ProblemDetails {
  @ApiProperty({ example: 'https://kbdm.kz/problems/invalid_input' }) type!: string;
  @ApiProperty({ example: 'Invalid input.' }) title!: string;
  @ApiProperty({ example: 400 }) status!: number;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ example: 'invalid_input' }) code?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldError[];
}

type Constructor<T = unknown> = new (...args: never[]) => T;

/** A page of `item` for OpenAPI: `{ items, total, page, pageSize }`. */
export function PageOf<T>(
  item: Constructor<T>,
  name: string,
): Constructor<{ items: T[]; total: number; page: number; pageSize: number }> {
  class Page {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ example: 42 }) total!: number;
    @ApiProperty({ example: 1 }) page!: number;
    @ApiProperty({ example: 20 }) pageSize!: number;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}
