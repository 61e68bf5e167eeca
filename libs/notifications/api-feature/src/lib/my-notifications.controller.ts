import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@kbdm/api/core-auth';
import { ItemNotFoundException } from '@kbdm/api/core-errors';
import { ParseIdPipe, ProblemDetailsDto } from '@kbdm/api/core-http';
import { NotificationsRepository } from '@kbdm/notifications/api-data-access';
import type { NotificationPage } from '@kbdm/notifications/domain';
import { DEFAULT_PAGE_SIZE } from '@kbdm/shared/domain';
import { NotificationPageResponse, NotificationsQuery } from './notifications.dto';

/** The signed-in person's notifications: nobody reads or marks another's. */
@ApiTags('me')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ProblemDetailsDto, description: 'No valid access token' })
@Controller({ path: 'me/notifications', version: '1' })
export class MyNotificationsController {
  constructor(private readonly notifications: NotificationsRepository) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s notifications, newest first, with how many are unread' })
  @ApiOkResponse({ type: NotificationPageResponse })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: NotificationsQuery): Promise<NotificationPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const [[rows, total], unread] = await Promise.all([
      this.notifications.page(user.id, { unreadOnly: query.unread ?? false, page, pageSize }),
      this.notifications.unreadCount(user.id),
    ]);
    return {
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        params: n.params,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      total,
      page,
      pageSize,
      unread,
    };
  }

  @Post('read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark every notification of the caller read' })
  @ApiNoContentResponse({ description: 'All read' })
  async markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.notifications.markAllRead(user.id, new Date());
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one notification read' })
  @ApiNoContentResponse({ description: 'Read' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'The caller has no notification with that id' })
  async markRead(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    if (!(await this.notifications.markRead(user.id, id, new Date())))
      throw new ItemNotFoundException('notification', id);
  }
}
