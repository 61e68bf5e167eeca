import '@fastify/multipart';
import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '@kbdm/accounts/api-feature';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { DomainException } from '@kbdm/api/core-errors';
import { LangQueryDto, ParseIdPipe, ProblemDetailsDto, RequestLang } from '@kbdm/api/core-http';
import type { Application, ApplicationDocument, ApplicationMessage } from '@kbdm/applications/domain';
import type { Lang } from '@kbdm/shared/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApplicationDocumentsService } from './application-documents.service';
import {
  ApplicationDocumentResponse,
  ApplicationMessageResponse,
  ApplicationResponse,
  CreateApplicationDto,
  DeleteDraftQuery,
  PostMessageDto,
  TransitionDto,
  UpdateApplicationDto,
  UploadQuery,
} from './applications.dto';
import { type Outcome, ApplicationsService } from './applications.service';
import { DocumentRejectedException } from './applications.exceptions';
import { idempotencyKeyOf } from './idempotency-key';

const NOT_FOUND = 'No application with that id, or one the caller may not see (answered alike)';
const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A key the client makes once per submission (a UUID); a retry with it answers the first result',
};

function answer(outcome: Outcome, reply: FastifyReply, created: boolean): Application {
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  void reply.status(created && !outcome.replayed ? HttpStatus.CREATED : HttpStatus.OK);
  return outcome.application;
}

/** Applications: the applicant's draft, submission and answers; what officers see of each one. */
@ApiTags('applications')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@Controller({ path: 'applications', version: '1' })
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly documents: ApplicationDocumentsService,
  ) {}

  @Post()
  @Roles('entrepreneur', 'investor')
  @ApiOperation({
    summary: 'Start an application to a programme, opportunity or PPP project; `submit: true` submits at once',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: ApplicationResponse, description: 'The new draft or submission' })
  @ApiOkResponse({ type: ApplicationResponse, description: 'A retry with the same Idempotency-Key: the first result' })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'Wrong or (to submit) missing answers, each named' })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'The target takes no applications now' })
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateApplicationDto,
    @Headers('idempotency-key') key: string | undefined,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Application> {
    return answer(await this.applications.create(user, body, idempotencyKeyOf(key), lang), reply, true);
  }

  @Get(':id')
  @ApiOperation({ summary: 'The application with its documents, history and the moves the caller may make' })
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Application> {
    return this.applications.view(user, id, lang);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Replace the answers of a draft, or of an application waiting for the applicant' })
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A wrong answer, named (`form.binIin`)' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Officers do not change the applicant’s answers' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'A stale version, or not editable now' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateApplicationDto,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
  ): Promise<Application> {
    return this.applications.update(user, id, body.version, body.form, lang);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a draft with its documents' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'A stale version, or no longer a draft' })
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: DeleteDraftQuery,
  ): Promise<void> {
    const keys = await this.applications.deleteDraft(user, id, query.version);
    await this.documents.removeStored(keys);
  }

  @Post(':id/transitions')
  @ApiOperation({
    summary:
      'Move the application: submit, withdraw, resubmit (the applicant); start_review, request_information, approve, reject (officers)',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'A reason is owed, or the application is incomplete' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'The caller’s side may not make this move' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({
    type: ProblemDetailsDto,
    description:
      'A stale version (someone acted first), a move not possible from the status, assigned to another officer',
  })
  async transition(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: TransitionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Query() _query: LangQueryDto,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Application> {
    return answer(await this.applications.transition(user, id, body, idempotencyKeyOf(key), lang), reply, false);
  }

  @Get(':id/messages')
  @ApiOperation({ summary: 'The thread between the applicant and the officers, oldest first' })
  @ApiOkResponse({ type: [ApplicationMessageResponse] })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  messages(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ApplicationMessage[]> {
    return this.applications.messages(user, id);
  }

  @Post(':id/messages')
  @ApiOperation({ summary: 'Write in the thread; the other side is notified' })
  @ApiCreatedResponse({ type: ApplicationMessageResponse })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Still a draft' })
  postMessage(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: PostMessageDto,
  ): Promise<ApplicationMessage> {
    return this.applications.postMessage(user, id, body.body);
  }

  @Post(':id/documents')
  @ApiOperation({
    summary:
      'Attach a document (PDF, JPEG, PNG or DOCX, told by its content) while the application is the applicant’s to edit',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        requirement: { type: 'integer', description: 'Index into requiredDocuments (or the query parameter)' },
        file: { type: 'string', format: 'binary' },
      },
      required: ['file'],
    },
  })
  @ApiCreatedResponse({ type: ApplicationDocumentResponse })
  @ApiBadRequestResponse({ type: ProblemDetailsDto, description: 'No file, or a wrong `requirement`' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  @ApiConflictResponse({ type: ProblemDetailsDto, description: 'Not editable now' })
  async upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: UploadQuery,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationDocument> {
    if (!request.isMultipart()) {
      throw new DomainException('unsupported_media_type', 415, 'Send the document as multipart/form-data.', [
        { field: 'file', message: 'must be sent as multipart/form-data' },
      ]);
    }
    let requirement: number | null = query.requirement ?? null;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'requirement' && part.value !== '') {
          const value = Number(part.value);
          if (!Number.isInteger(value) || value < 0) {
            throw new DomainException('invalid_input', 400, 'requirement must be a whole number.', [
              { field: 'requirement', message: 'must be a whole number ≥ 0' },
            ]);
          }
          requirement = value;
        }
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      return this.documents.upload(user, id, requirement, {
        stream: part.file,
        fileName: part.filename,
        truncated: () => part.file.truncated,
      });
    }
    throw new DocumentRejectedException('document_missing', 400, 'is required: send the document in the `file` part');
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Download a document (the applicant, officers and administrators)' })
  @ApiProduces(
    'application/pdf',
    'image/jpeg',
    'image/png',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  )
  @ApiOkResponse({ description: 'The file, as an attachment' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  async download(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { stream, document } = await this.documents.download(user, id, documentId);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('cache-control', 'private, no-store');
    return new StreamableFile(stream, {
      type: document.mediaType,
      length: document.sizeBytes,
      disposition: `attachment; filename="${asciiName(document.fileName)}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    });
  }

  @Delete(':id/documents/:documentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a document while the application is the applicant’s to edit' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: NOT_FOUND })
  removeDocument(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('documentId', ParseIdPipe) documentId: string,
  ): Promise<void> {
    return this.documents.remove(user, id, documentId);
  }
}

/** The plain-ASCII fallback name of `Content-Disposition` (`filename*` carries the real one). */
function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
