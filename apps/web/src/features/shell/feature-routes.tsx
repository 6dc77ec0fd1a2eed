// The screens of each role's workspace, loaded on demand (React.lazy) so the first load
// stays small. Workspace home pages (/worklist, /reports, …) keep the role of their
// workspace; detail pages name the roles that may open them (none = any signed-in user,
// the server still decides what each person may read).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

import { matchPath } from '../../app/router';
import type { Role } from '../../gql/graphql';
import type { CurrentUser } from './hooks/use-me';

export interface FeaturePageProps {
  user: CurrentUser;
  params: Record<string, string>;
}

interface FeatureRoute {
  pattern: string;
  roles?: readonly Role[];
  page: LazyExoticComponent<ComponentType<FeaturePageProps>>;
}

const ROUTES: readonly FeatureRoute[] = [
  { pattern: '/worklist', roles: ['COORDINATOR'], page: lazy(() => import('../worklist/components/worklist-page')) },
  { pattern: '/worklist/refer', roles: ['COORDINATOR'], page: lazy(() => import('../worklist/components/referral-page')) },
  { pattern: '/meetings', roles: ['COORDINATOR'], page: lazy(() => import('../meetings/components/meetings-page')) },
  { pattern: '/meetings/:id', roles: ['COORDINATOR'], page: lazy(() => import('../meetings/components/meeting-page')) },
  { pattern: '/reports', roles: ['RADIOLOGIST'], page: lazy(() => import('../reports/components/reports-page')) },
  { pattern: '/reports/:id', page: lazy(() => import('../reports/components/report-editor-page')) },
  { pattern: '/reviews', roles: ['PHARMACIST'], page: lazy(() => import('../reviews/components/reviews-page')) },
  { pattern: '/reviews/:id', page: lazy(() => import('../reviews/components/review-page')) },
  { pattern: '/decisions', roles: ['PHYSICIAN'], page: lazy(() => import('../decisions/components/decisions-page')) },
  { pattern: '/cases/:id/decision', roles: ['PHYSICIAN', 'COORDINATOR'], page: lazy(() => import('../decisions/components/decision-page')) },
  { pattern: '/cases/:id', page: lazy(() => import('../cases/components/case-page')) },
];

export interface MatchedRoute {
  route: FeatureRoute;
  params: Record<string, string>;
}

export function matchFeatureRoute(path: string): MatchedRoute | undefined {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}

export function mayOpen(route: FeatureRoute, roles: readonly Role[]): boolean {
  return !route.roles || route.roles.some((role) => roles.includes(role));
}
