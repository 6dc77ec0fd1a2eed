import { useCallback, useSyncExternalStore } from 'react';

import type { LiveConnection } from '../live-connection';
import { applyTextEdit } from '../text-diff';

export interface SharedNotes {
  text: string;
  /** The user typed: the new whole text of the field. */
  change: (next: string) => void;
}

const nothing = () => () => undefined;

/** The shared (Yjs) notes of an agenda item as a plain string, kept in step with everyone's edits. */
export function useSharedNotes(connection: LiveConnection, agendaItemId: string | null): SharedNotes {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!agendaItemId) return () => undefined;
      const ytext = connection.notesText(agendaItemId);
      ytext.observe(onChange);
      return () => ytext.unobserve(onChange);
    },
    [connection, agendaItemId],
  );
  const text = useSyncExternalStore(agendaItemId ? subscribe : nothing, () =>
    agendaItemId ? connection.notesText(agendaItemId).toString() : '',
  );
  const change = (next: string) => {
    if (!agendaItemId) return;
    const ytext = connection.notesText(agendaItemId);
    ytext.doc?.transact(() => applyTextEdit(ytext, next), 'local');
  };
  return { text, change };
}
