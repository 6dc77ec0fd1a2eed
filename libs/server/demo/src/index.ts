export { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS, seedDemoIdentity } from './lib/demo-identity';
export { seedDemoData, SeedSummary } from './lib/seed';
export { DEMO_CASES, seedDemoCases } from './lib/demo-cases';
