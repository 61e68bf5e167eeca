export {
  ApplicationDocumentEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
  IdempotencyKeyEntity,
  WorkingCalendarDayEntity,
} from './lib/application.entity';
export { ApplicationsRepository } from './lib/applications.repository';
export { ApplicationQueueRepository } from './lib/application-queue.repository';
export type { QueueFilter } from './lib/application-queue.repository';

/** Every entity of the applications, for `DatabaseModule.forRoot`. */
export { APPLICATIONS_ENTITIES } from './lib/applications-entities';
