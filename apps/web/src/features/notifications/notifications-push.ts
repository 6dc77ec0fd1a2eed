// Live push of the signed-in person's notifications over the `/live` socket. socket.io-client
// is imported on demand, so it stays out of the first bundle; the list itself stays a GraphQL
// query (the truth), and a push only tells the app to read it again.
import type { Socket } from 'socket.io-client';

import type { ClientToServerEvents, LiveNotification, ServerToClientEvents } from '@consilium/contracts';

type PushSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Connect = (url: string, options: Parameters<typeof import('socket.io-client').io>[1]) => PushSocket;

export interface PushTokens {
  getAccessToken(): string | null;
  /** Resolves true when a fresh access token is available. */
  refresh(): Promise<boolean>;
}

const loadClient = async (): Promise<Connect> => (await import('socket.io-client')).io as Connect;

/**
 * Connects and calls `onNotification` for each new notification until the returned function
 * is called. A refused connection because the access token expired is retried once after a
 * refresh (Socket.IO does not reconnect by itself after a refusal); the server ends the socket
 * when the person signs out or loses access.
 */
export async function subscribeToNotifications(
  tokens: PushTokens,
  onNotification: (notification: LiveNotification) => void,
  load: () => Promise<Connect> = loadClient,
): Promise<() => void> {
  const connect = await load();
  const socket = connect('/live', {
    transports: ['websocket'],
    // A function, so every reconnection sends the token the session holds now.
    auth: (callback) => callback({ token: tokens.getAccessToken() ?? '' }),
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 30_000,
  });
  let stopped = false;
  let refreshing = false;
  socket.on('notification:new', (notification) => onNotification(notification));
  socket.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    if (stopped || refreshing || error.data?.code !== 'UNAUTHENTICATED') return;
    refreshing = true;
    void tokens
      .refresh()
      .then((fresh) => {
        if (fresh && !stopped) socket.connect();
      })
      .catch(() => undefined)
      .finally(() => (refreshing = false));
  });
  return () => {
    stopped = true;
    socket.off();
    socket.disconnect();
  };
}
