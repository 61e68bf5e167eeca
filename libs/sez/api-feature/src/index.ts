export { SezModule } from './lib/sez.module';
export { sezSlotFilter } from './lib/sez.controller';
export { ReservationExpiryJob } from './lib/reservation-expiry.job';
export { InvestorRequestsService } from './lib/investor-requests.service';
