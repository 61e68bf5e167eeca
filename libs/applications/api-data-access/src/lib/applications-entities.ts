import {
  ApplicationDocumentEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
  IdempotencyKeyEntity,
  WorkingCalendarDayEntity,
} from './application.entity';

export const APPLICATIONS_ENTITIES = [
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationDocumentEntity,
  ApplicationMessageEntity,
  IdempotencyKeyEntity,
  WorkingCalendarDayEntity,
];
