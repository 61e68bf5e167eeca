import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { CsvCodes, ListQueryDto } from '@kbdm/api/core-http';
import { IsOptional } from 'class-validator';
import { InvalidInputException } from '@kbdm/api/core-errors';
import { ReferenceRepository } from '@kbdm/catalogue/api-data-access';
import type { FieldError } from '@kbdm/shared/domain';

export const SECTOR_CODE = /^[A-U](\d{2,5})?$/;
export const DISTRICT_CODE = /^[a-z][a-z0-9-]{1,63}$/;

/** A list filtered by sector and district: opportunities, PPP projects and SEZ slots (and the map). */
export class SectorDistrictListQuery extends ListQueryDto {
  @ApiPropertyOptional({ description: 'OKED codes, comma-separated; a section covers its divisions', example: 'C23' })
  @IsOptional()
  @CsvCodes(SECTOR_CODE)
  sector?: string[];

  @ApiPropertyOptional({ description: 'District codes, comma-separated', example: 'temirtau' })
  @IsOptional()
  @CsvCodes(DISTRICT_CODE)
  district?: string[];
}

/** Checks that sector and district codes in a filter name real items: an unknown one is a 400. */
@Injectable()
export class CatalogueCodesService {
  constructor(private readonly reference: ReferenceRepository) {}

  async assertKnown(codes: { sector?: string[]; district?: string[] }): Promise<void> {
    const errors: FieldError[] = [];
    const unknownSectors = codes.sector?.length ? await this.reference.unknownSectorCodes(codes.sector) : [];
    if (unknownSectors.length)
      errors.push({ field: 'sector', message: `unknown sector code(s): ${unknownSectors.join(', ')}` });
    const unknownDistricts = codes.district?.length ? await this.reference.unknownDistrictCodes(codes.district) : [];
    if (unknownDistricts.length) {
      errors.push({ field: 'district', message: `unknown district code(s): ${unknownDistricts.join(', ')}` });
    }
    if (errors.length)
      throw new InvalidInputException(errors, errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

/** A range given as two parameters must not be upside down. */
export function assertRange(min: number | undefined, max: number | undefined, minName: string, maxName: string): void {
  if (min !== undefined && max !== undefined && min > max) {
    throw InvalidInputException.field(minName, `must not exceed ${maxName}`);
  }
}
