import { ACCOUNTS_ENTITIES } from '@kbdm/accounts/api-data-access';
import { APPLICATIONS_ENTITIES } from '@kbdm/applications/api-data-access';
import { CATALOGUE_ENTITIES } from '@kbdm/catalogue/api-data-access';
import { NOTIFICATIONS_ENTITIES } from '@kbdm/notifications/api-data-access';
import { ONBOARDING_ENTITIES } from '@kbdm/onboarding/api-data-access';
import { SEZ_ENTITIES } from '@kbdm/sez/api-data-access';

/** Every entity of the API, listed explicitly because the API is bundled. */
export const ENTITIES = [
  ...CATALOGUE_ENTITIES,
  ...SEZ_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...ONBOARDING_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...APPLICATIONS_ENTITIES,
];
