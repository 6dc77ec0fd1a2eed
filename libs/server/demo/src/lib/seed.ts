import { DataSource } from 'typeorm';
import { seedDemoIdentity } from './demo-identity';

export interface SeedSummary {
  teamsCreated: number;
  usersCreated: number;
}

/** All demo data, in dependency order. Seeding twice changes nothing. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedSummary> {
  return seedDemoIdentity(dataSource);
}
