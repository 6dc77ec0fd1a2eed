// Which workspace each role works in. The server authorises every operation on its own;
// this only decides what the navigation offers.
import type { Role } from '../../gql/graphql';

export interface Workspace {
  path: string;
  label: string;
  role: Role;
  /** What the workspace will hold, in one sentence. */
  purpose: string;
}

export const WORKSPACES: readonly Workspace[] = [
  {
    path: '/worklist',
    label: 'Worklist',
    role: 'COORDINATOR',
    purpose: 'Referrals, readiness checks and meeting agendas for your teams.',
  },
  {
    path: '/reports',
    label: 'Reports',
    role: 'RADIOLOGIST',
    purpose: 'Imaging reports with structured lesion measurements and the computed response.',
  },
  {
    path: '/reviews',
    label: 'Reviews',
    role: 'PHARMACIST',
    purpose: 'Medication reviews before the meeting: renal and BSA-based dosing, interactions, contrast safety.',
  },
  {
    path: '/decisions',
    label: 'Decisions',
    role: 'PHYSICIAN',
    purpose: 'Proposing and signing MDT decisions, and setting the follow-up imaging plan.',
  },
  {
    path: '/administration',
    label: 'Administration',
    role: 'ADMINISTRATOR',
    purpose: 'Teams, users, quorum rules and turnaround figures.',
  },
  {
    path: '/kpis',
    label: 'KPIs',
    role: 'ADMINISTRATOR',
    purpose: 'Turnaround figures computed from recorded facts, by team and month, with the cases behind each.',
  },
];

export const ROLE_LABELS: Record<Role, string> = {
  ADMINISTRATOR: 'Administrator',
  COORDINATOR: 'MDT coordinator',
  PHARMACIST: 'Pharmacist',
  PHYSICIAN: 'Physician',
  RADIOLOGIST: 'Radiologist',
};

export function workspacesFor(roles: readonly Role[]): Workspace[] {
  return WORKSPACES.filter((workspace) => roles.includes(workspace.role));
}

export function workspaceAt(path: string): Workspace | undefined {
  return WORKSPACES.find((workspace) => workspace.path === path);
}
