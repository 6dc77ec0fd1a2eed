import { DataSource } from 'typeorm';
import { seedDemoCases } from './demo-cases';
import { seedDemoIdentity } from './demo-identity';

export interface SeedSummary {
  teamsCreated: number;
  usersCreated: number;
  casesCreated: number;
}

/** All demo data, in dependency order. Seeding twice changes nothing. */
export async function seedDemoData(dataSource: DataSource, today = new Date()): Promise<SeedSummary> {
  const identity = await seedDemoIdentity(dataSource);
  const cases = await dataSource.transaction((manager) => seedDemoCases(manager, today));
  return { ...identity, casesCreated: cases.created };
}
