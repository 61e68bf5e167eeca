import '@fastify/multipart';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireRoles } from '@kbdm/api/core-auth';
import { DomainException } from '@kbdm/api/core-errors';
import { clientAddressOf, PageQueryDto, ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import {
  ADMIN_CATALOGUES,
  type ApplyImport,
  IMPORT_MODES,
  IMPORT_ROW_ACTIONS,
  type ImportJob,
  type ImportMode,
  type ImportPreviewRow,
  type ImportRowAction,
} from '@kbdm/catalogue/domain';
import type { Page } from '@kbdm/shared/domain';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ImportJobPage, ImportJobResponse, ImportPreviewPage } from '../admin.responses';
import { ImportsService } from './imports.service';

class ApplyImportDto implements ApplyImport {
  @ApiProperty({
    enum: IMPORT_MODES,
    description: '`all`: refused while a row is invalid; `valid_only`: the invalid rows are left out',
  })
  @IsIn(IMPORT_MODES)
  mode!: ImportMode;
}

class ImportRowsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_ROW_ACTIONS })
  @IsOptional()
  @IsIn(IMPORT_ROW_ACTIONS)
  action?: ImportRowAction;
}

const NOT_FOUND = 'No import has this id';

/** Spreadsheet imports of the catalogues: upload, follow, decide. */
@ApiTags('admin')
@ApiBearerAuth()
@RequireRoles('admin')
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Signed in, but not an administrator' })
@Controller({ path: 'admin/imports', version: '1' })
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Upload a CSV or XLSX; it is validated in the background and nothing changes until applied',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        catalogue: { type: 'string', enum: [...ADMIN_CATALOGUES], description: 'Sent before the file' },
        file: { type: 'string', format: 'binary' },
      },
      required: ['catalogue', 'file'],
    },
  })
  @ApiAcceptedResponse({ type: ImportJobResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'No file, an empty one, or a wrong `catalogue`' })
  @ApiPayloadTooLargeResponse({ type: ProblemDetailsDto, description: 'Larger than IMPORT_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetailsDto, description: 'Not a .csv or an .xlsx' })
  async upload(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<ImportJob> {
    if (!request.isMultipart()) {
      throw new DomainException('unsupported_media_type', 415, 'Send the file as multipart/form-data.', [
        { field: 'file', message: 'must be sent as multipart/form-data' },
      ]);
    }
    const actor = { id: user.id, ip: clientAddressOf(request) };
    let catalogue: string | null = null;
    for await (const part of request.parts({ limits: { fileSize: this.imports.maxBytes + 1 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'catalogue') catalogue = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      return this.imports.upload(actor, catalogue, {
        stream: part.file,
        fileName: part.filename,
        truncated: () => part.file.truncated,
      });
    }
    throw new DomainException('file_missing', 400, 'Send the spreadsheet in the `file` part.', [
      { field: 'file', message: 'is required' },
    ]);
  }

  @Get()
  @ApiOperation({ summary: 'Imports, newest first' })
  @ApiOkResponse({ type: ImportJobPage })
  list(@Query() query: PageQueryDto): Promise<Page<ImportJob>> {
    return this.imports.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Where an import stands: status, progress, counts; poll it while it runs' })
  @ApiOkResponse({ type: ImportJobResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  get(@Param('id', ParseIdPipe) id: string): Promise<ImportJob> {
    return this.imports.get(id);
  }

  @Get(':id/rows')
  @ApiOperation({ summary: 'The preview: what each row would do, with its errors' })
  @ApiOkResponse({ type: ImportPreviewPage })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  rows(@Param('id', ParseIdPipe) id: string, @Query() query: ImportRowsQuery): Promise<Page<ImportPreviewRow>> {
    return this.imports.rows(id, query);
  }

  @Get(':id/errors.csv')
  @ApiOperation({ summary: 'The bad-row report as CSV: row, column, reason' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One line per wrong cell' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  async errors(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const stream = await this.imports.errorReport(id);
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="import-${id}-errors.csv"`,
    });
  }

  @Post(':id/apply')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Write the rows: all of them in one transaction, or the valid ones only' })
  @ApiAcceptedResponse({ type: ImportJobResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description: 'Not ready (`import_not_ready`), or `all` with invalid rows (`import_has_errors`)',
  })
  apply(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: ApplyImportDto,
  ): Promise<ImportJob> {
    return this.imports.apply({ id: user.id, ip: clientAddressOf(request) }, id, body.mode);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Drop an import that has not been applied' })
  @ApiOkResponse({ type: ImportJobResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Applied, applying or finished already' })
  cancel(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ImportJob> {
    return this.imports.cancel({ id: user.id, ip: clientAddressOf(request) }, id);
  }
}
