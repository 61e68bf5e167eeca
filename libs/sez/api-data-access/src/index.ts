export { SezEntity, SezParticipantEntity } from './lib/sez.entity';
export { SezSlotEntity } from './lib/sez-slot.entity';
export { SezRepository } from './lib/sez.repository';
export type { SezCounts } from './lib/sez.repository';
export { SezSlotsRepository } from './lib/sez-slots.repository';
export type { SezSlotFilter, SezSlotOrder } from './lib/sez-slots.repository';

import { SezEntity, SezParticipantEntity } from './lib/sez.entity';
import { SezSlotEntity } from './lib/sez-slot.entity';

/** Every entity of the zone, for `DatabaseModule.forRoot`. */
export const SEZ_ENTITIES = [SezEntity, SezParticipantEntity, SezSlotEntity];
