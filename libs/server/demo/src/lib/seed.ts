import { DataSource } from 'typeorm';
import { seedImagingDemo } from '@consilium/server-imaging';
import { seedPharmacyDemo } from '@consilium/server-pharmacy';
import { seedDemoCases } from './demo-cases';
import { seedDemoIdentity } from './demo-identity';

export interface SeedSummary {
  teamsCreated: number;
  usersCreated: number;
  casesCreated: number;
  imagingReportsCreated: number;
  pharmacistReviewsOpened: number;
}

/** All demo data, in dependency order. Seeding twice changes nothing. */
export async function seedDemoData(dataSource: DataSource, today = new Date()): Promise<SeedSummary> {
  const identity = await seedDemoIdentity(dataSource);
  const cases = await dataSource.transaction((manager) => seedDemoCases(manager, today));
  const imaging = await seedImagingDemo(dataSource, {
    lungCaseId: cases.ids.lungResponse,
    hccCaseId: cases.ids.hccTace,
    gliomaCaseId: cases.ids.glioma,
    today: today.toISOString().slice(0, 10),
  });
  const pharmacy = await seedPharmacyDemo(dataSource, { caseIds: [cases.ids.metforminContrast, cases.ids.capecitabine], now: today });
  return {
    ...identity,
    casesCreated: cases.created,
    imagingReportsCreated: imaging.reportsCreated,
    pharmacistReviewsOpened: pharmacy.reviewsOpened,
  };
}
