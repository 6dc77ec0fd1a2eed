/** The roles a person can hold in Consilium. A person may hold several. */
export enum Role {
  COORDINATOR = 'COORDINATOR',
  RADIOLOGIST = 'RADIOLOGIST',
  PHYSICIAN = 'PHYSICIAN',
  PHARMACIST = 'PHARMACIST',
  ADMINISTRATOR = 'ADMINISTRATOR',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);
