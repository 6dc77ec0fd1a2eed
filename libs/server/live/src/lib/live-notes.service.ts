import { Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import { NOTES_TEXT_NAME } from '@consilium/contracts';
import { AppError } from '@consilium/server-core';
import { NotesService } from '@consilium/server-meetings';
import { decodeUpdate } from './notes-update';

const MAX_SAVE_ATTEMPTS = 20;

/**
 * Shared notes: each Yjs update is merged into the stored state and saved to PostgreSQL before
 * it is broadcast. Saves are optimistic (a version per item), so two api processes merging at
 * once never overwrite each other: the loser reloads, merges again and retries. Yjs merges are
 * commutative and idempotent, so every edit survives whatever the order.
 */
@Injectable()
export class LiveNotesService {
  /** Updates of one item in this process go one after another (fewer conflicts between processes). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly notes: NotesService) {}

  async state(agendaItemId: string): Promise<string> {
    const notes = await this.notes.loadNotes(agendaItemId);
    return Buffer.from(notes.yjsState ?? Y.encodeStateAsUpdate(new Y.Doc())).toString('base64');
  }

  apply(agendaItemId: string, updateBase64: string, userId: string): Promise<void> {
    const update = decodeUpdate(updateBase64);
    const previous = this.queues.get(agendaItemId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.merge(agendaItemId, update, userId));
    this.queues.set(agendaItemId, next);
    void next.finally(() => {
      if (this.queues.get(agendaItemId) === next) this.queues.delete(agendaItemId);
    }).catch(() => undefined);
    return next;
  }

  private async merge(agendaItemId: string, update: Uint8Array, userId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.notes.loadNotes(agendaItemId);
      const doc = new Y.Doc();
      if (current.yjsState) Y.applyUpdate(doc, current.yjsState);
      Y.applyUpdate(doc, update);
      try {
        await this.notes.saveNotes(agendaItemId, {
          yjsState: Y.encodeStateAsUpdate(doc),
          text: doc.getText(NOTES_TEXT_NAME).toString(),
          expectedVersion: current.version,
          updatedBy: userId,
        });
        return;
      } catch (error) {
        const stale = error instanceof AppError && error.reason === 'STALE_VERSION';
        if (!stale || attempt >= MAX_SAVE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      } finally {
        doc.destroy();
      }
    }
  }
}
