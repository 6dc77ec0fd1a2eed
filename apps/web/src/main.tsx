import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApolloClient } from './app/apollo-client';
import { App } from './app/app';
import { apolloRefresher } from './features/auth/refresher';
import { Session } from './features/auth/session';
import { sessionStorageRefreshTokens } from './features/auth/token-storage';
import './styles.css';

const session = new Session(sessionStorageRefreshTokens());
const client = createApolloClient(session);
session.setRefresher(apolloRefresher(client));
// The next user of this tab must never see the previous user's cached data.
session.onEnded(() => {
  void client.clearStore();
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App client={client} session={session} />
  </StrictMode>,
);

void session.restore();
