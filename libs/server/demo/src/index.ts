export { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS, seedDemoIdentity } from './lib/demo-identity';
export { seedDemoData } from './lib/seed';
