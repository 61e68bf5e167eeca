/** Who a person is to the portal; decides what they may see and change. */
export const ROLES = ['entrepreneur', 'investor', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles anyone may choose at registration; officers and administrators are appointed. */
export const SELF_REGISTERED_ROLES = ['entrepreneur', 'investor'] as const satisfies readonly Role[];
export type SelfRegisteredRole = (typeof SELF_REGISTERED_ROLES)[number];

/** The roles an administrator appoints (`POST /api/v1/admin/users`, the `create-admin` command). */
export const APPOINTED_ROLES = ['officer', 'admin'] as const satisfies readonly Role[];
export type AppointedRole = (typeof APPOINTED_ROLES)[number];
