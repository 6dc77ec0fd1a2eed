import { useEffect, useId, useRef, useState } from 'react';

import { hrefFor } from '../../../app/router';
import { describeProblem } from '../../../shared/problem';
import { formatDateTime } from '../../../shared/format';
import { useNotifications } from '../hooks/use-notifications';

/** The header's notifications button and its list (follow-ups due, overdue, fulfilled …). */
export function NotificationsBell() {
  const { notifications, unreadCount, problem, markRead, retry } = useNotifications();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onClick = (event: MouseEvent) => {
      if (wrapper.current && !wrapper.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="notifications" ref={wrapper}>
      <button type="button" className="button button-quiet" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)}>
        Notifications
        {unreadCount > 0 && (
          <span className="count" aria-label={`${unreadCount} unread`}>
            {unreadCount}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="notifications-panel" role="region" aria-label="Notifications">
          {problem ? (
            <p>
              {describeProblem(problem)}{' '}
              <button type="button" className="button button-link" onClick={retry}>
                Try again
              </button>
            </p>
          ) : !notifications ? (
            <p>Loading notifications…</p>
          ) : notifications.length === 0 ? (
            <p>You have no notifications.</p>
          ) : (
            <ul className="plain-list">
              {notifications.map((n) => (
                <li key={n.id} className={n.readAt ? 'notification' : 'notification unread'}>
                  <p className="notification-title">
                    {!n.readAt && <span className="visually-hidden">Unread: </span>}
                    {n.caseId ? (
                      <a href={hrefFor(`/cases/${n.caseId}`)} onClick={() => (setOpen(false), !n.readAt && markRead(n.id))}>
                        {n.title}
                      </a>
                    ) : (
                      n.title
                    )}
                  </p>
                  <p className="small">{n.body}</p>
                  <p className="small muted">
                    {formatDateTime(n.createdAt)}
                    {!n.readAt && (
                      <>
                        {' · '}
                        <button type="button" className="button button-link" onClick={() => markRead(n.id)}>
                          Mark read<span className="visually-hidden">: {n.title}</span>
                        </button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
