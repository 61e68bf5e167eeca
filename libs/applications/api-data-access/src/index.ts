export {
  ApplicationDocumentEntity,
  ApplicationEntity,
  ApplicationEventEntity,
  ApplicationMessageEntity,
  IdempotencyKeyEntity,
  WorkingCalendarDayEntity,
} from './lib/application.entity';

/** Every entity of the applications, for `DatabaseModule.forRoot`. */
export { APPLICATIONS_ENTITIES } from './lib/applications-entities';
