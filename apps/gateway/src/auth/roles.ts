/** Who uses the product; producers and distributors act for the organisation they belong to. */
export const USER_ROLES = ['officer', 'distributor', 'producer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles whose user belongs to a producer or distributor (its id in the services). */
export const ORGANISATION_ROLES: readonly UserRole[] = ['producer', 'distributor'];

/** The authenticated caller, as the access token names it. */
export interface Caller {
  userId: string;
  role: UserRole;
  /** The producer's or distributor's id for those roles; null for officers and admins. */
  organisationId: string | null;
}
