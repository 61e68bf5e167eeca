import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@kbdm/api/core-http';
import {
  NOTIFICATION_KINDS,
  type Notification,
  type NotificationKind,
  type NotificationParams,
} from '@kbdm/notifications/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class NotificationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

class NotificationParamsDto implements NotificationParams {
  @ApiProperty({ example: 'KBDM-2026-000012' }) reference!: string;
  @ApiProperty({ format: 'uuid', required: false }) applicationId?: string;
  @ApiProperty({ format: 'uuid', required: false }) requestId?: string;
  @ApiPropertyOptional({ example: 'approved' }) status?: string;
  @ApiPropertyOptional({ example: 'Bakery in Temirtau' }) subject?: string;
}

export class NotificationResponse implements Notification {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ type: NotificationParamsDto }) params!: NotificationParams;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt!: string | null;
  @ApiProperty({ example: '/applications/6c1f…' }) link!: string;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Unread notifications in all' }) unread!: number;
}
