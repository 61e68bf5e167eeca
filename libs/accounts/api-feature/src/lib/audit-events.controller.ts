import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ProblemDetailsDto } from '@kbdm/api/core-http';
import type { AuditEventView } from '@kbdm/accounts/domain';
import type { Page } from '@kbdm/shared/domain';
import { AuditEventPage, AuditEventsQuery } from './admin.dto';
import { AuditEventsService } from './audit-events.service';
import { Roles } from './roles.decorator';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller({ path: 'admin/audit-events', version: '1' })
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @ApiOperation({ summary: 'The audit log, newest first; filter by action, actor or target' })
  @ApiOkResponse({ type: AuditEventPage })
  @ApiBadRequestResponse({ type: ProblemDetailsDto })
  @ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
  @ApiForbiddenResponse({ type: ProblemDetailsDto, description: 'Signed in, but not an administrator' })
  list(@Query() query: AuditEventsQuery): Promise<Page<AuditEventView>> {
    return this.events.list(query);
  }
}
