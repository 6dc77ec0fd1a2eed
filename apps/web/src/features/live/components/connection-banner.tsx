import type { ConnectionStatus } from '../live-connection';

/** Shown while the connection is being made or re-made; the board underneath stays readable. */
export function ConnectionBanner({ status, hasRoom }: { status: ConnectionStatus; hasRoom: boolean }) {
  if (status === 'reconnecting') {
    return (
      <div className="panel panel-warning live-banner" role="status">
        <p className="panel-title">Connection lost — reconnecting…</p>
        <p>What you see may be out of date. It will be brought up to date as soon as the connection is back.</p>
      </div>
    );
  }
  if (status === 'connecting' && hasRoom) {
    return (
      <div className="panel panel-info live-banner" role="status">
        <p className="panel-title">Reconnecting to the meeting room…</p>
      </div>
    );
  }
  return null;
}
