import { Initial1795448158011 } from './1795448158011-initial';
/** Migrations in order; `npm run db:migration:generate -- <Name>` appends to this list. */
export const ALL_MIGRATIONS: (new () => object)[] = [Initial1795448158011];
