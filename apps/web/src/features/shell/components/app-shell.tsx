import { lazy, Suspense, type ComponentType } from 'react';

import { useCurrentPath } from '../../../app/router';
import { ProblemPanel } from '../../../shared/components/problem-panel';
import { StatusMessage } from '../../../shared/components/status-message';
import { useLogout } from '../../auth/hooks/use-logout';
import { NotificationsBell } from '../../notifications/components/notifications-bell';
import { useMe, type CurrentUser } from '../hooks/use-me';
import { matchFeatureRoute, mayOpen } from '../feature-routes';
import { workspaceAt, workspacesFor } from '../workspaces';
import { HomePage } from './home-page';
import { NoAccessPage, NotFoundPage, WorkspacePage } from './route-pages';
import { ShellLayout } from './shell-layout';

/** Workspaces whose screens exist, loaded on first visit (recharts and the like stay out of the first load). */
const WORKSPACE_PAGES: Record<string, ComponentType> = {
  '/administration': lazy(() => import('../../admin/components/admin-page')),
  '/kpis': lazy(() => import('../../kpis/components/kpi-dashboard-page')),
};
// The live board brings socket.io-client and yjs: load it only when a meeting room is opened.
const LiveBoardPage = lazy(() => import('../../live/components/live-board-page'));
const LIVE_ROUTE = /^\/meetings\/([0-9a-f-]{36})\/live$/i;

/** The signed-in application: header, role-based navigation and the current page. */
export default function AppShell() {
  const path = useCurrentPath();
  const me = useMe();
  const { logout, signingOut } = useLogout();

  let content;
  let contentKey;
  if (me.user) {
    content = <RoutePage path={path} user={me.user} />;
    contentKey = 'page';
  } else if (me.problem && !me.loading) {
    content = (
      <>
        <h1 tabIndex={-1}>Your profile could not be loaded</h1>
        <ProblemPanel problem={me.problem} onRetry={me.retry} />
      </>
    );
    contentKey = 'problem';
  } else {
    content = <StatusMessage>Loading your profile…</StatusMessage>;
    contentKey = 'loading';
  }

  return (
    <ShellLayout
      path={path}
      displayName={me.user?.displayName}
      workspaces={me.user ? workspacesFor(me.user.roles) : []}
      onSignOut={() => void logout()}
      signingOut={signingOut}
      contentKey={contentKey}
      headerTools={me.user ? <NotificationsBell /> : undefined}
    >
      {content}
    </ShellLayout>
  );
}

function RoutePage({ path, user }: { path: string; user: CurrentUser }) {
  if (path === '/') return <HomePage user={user} />;
  const live = LIVE_ROUTE.exec(path);
  if (live?.[1]) {
    return (
      <Suspense fallback={<StatusMessage>Opening the meeting room…</StatusMessage>}>
        <LiveBoardPage key={live[1]} meetingId={live[1]} user={user} />
      </Suspense>
    );
  }
  const feature = matchFeatureRoute(path);
  if (feature) {
    if (!mayOpen(feature.route, user.roles)) return <NoAccessPage workspace={workspaceAt(`/${path.split('/')[1]}`)} />;
    const Page = feature.route.page;
    return (
      <Suspense fallback={<StatusMessage>Opening the page…</StatusMessage>}>
        <Page key={path} user={user} params={feature.params} />
      </Suspense>
    );
  }
  const workspace = workspaceAt(path);
  if (!workspace) return <NotFoundPage />;
  if (!user.roles.includes(workspace.role)) return <NoAccessPage workspace={workspace} />;
  const Page = WORKSPACE_PAGES[path];
  if (Page) {
    return (
      <Suspense fallback={<StatusMessage>{`Opening ${workspace.label}…`}</StatusMessage>}>
        <Page />
      </Suspense>
    );
  }
  return <WorkspacePage workspace={workspace} />;
}
