export { ApplicationsModule } from './lib/applications.module';
export { ApplicationsService, APPLICATION_POLICY } from './lib/applications.service';
