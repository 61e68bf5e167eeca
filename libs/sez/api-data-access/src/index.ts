export { SezEntity, SezParticipantEntity } from './lib/sez.entity';
export { SezSlotEntity } from './lib/sez-slot.entity';
export { SezRepository } from './lib/sez.repository';
export type { SezCounts } from './lib/sez.repository';
export { SezSlotsRepository } from './lib/sez-slots.repository';
export type { SezSlotFilter, SezSlotOrder } from './lib/sez-slots.repository';

export {
  InvestorRequestEntity,
  InvestorRequestEventEntity,
  InvestorRequestMessageEntity,
} from './lib/investor-request.entity';
export { InvestorRequestsRepository, amountColumns, amountsOf, maximumsOf } from './lib/investor-requests.repository';
export type { InvestorRequestFilter, LedgerTotals } from './lib/investor-requests.repository';

import {
  InvestorRequestEntity,
  InvestorRequestEventEntity,
  InvestorRequestMessageEntity,
} from './lib/investor-request.entity';
import { SezEntity, SezParticipantEntity } from './lib/sez.entity';
import { SezSlotEntity } from './lib/sez-slot.entity';

/** Every entity of the zone, for `DatabaseModule.forRoot`. */
export const SEZ_ENTITIES = [
  SezEntity,
  SezParticipantEntity,
  SezSlotEntity,
  InvestorRequestEntity,
  InvestorRequestEventEntity,
  InvestorRequestMessageEntity,
];
