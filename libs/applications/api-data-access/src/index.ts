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
export { ApplicationStatsRepository } from './lib/application-stats.repository';
export type { StatsFilter } from './lib/application-stats.repository';

/** Every entity of the applications, for `DatabaseModule.forRoot`. */
export { APPLICATIONS_ENTITIES } from './lib/applications-entities';
