import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@consilium/server-audit';
import { Clock, InputError } from '@consilium/server-core';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';
import { MeetingsErrorCode, MeetingsException } from './meetings.exception';
import { MeetingNotesEntity } from './notes.entity';

export interface MeetingNotes {
  itemId: string;
  /** The Yjs document state as last saved; null before the first save. */
  yjsState: Buffer | null;
  text: string;
  /** 0 before the first save; pass it back as `expectedVersion`. */
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** 1 MiB of Yjs state per item is far beyond any notes an MDT writes; more is a bug upstream. */
export const MAX_YJS_STATE_BYTES = 1024 * 1024;
export const MAX_NOTES_TEXT = 100_000;

/**
 * Storage for the shared notes of each agenda item. The live gateway merges Yjs updates in
 * memory and saves the merged state here (with a plain-text snapshot); this class only stores,
 * with optimistic concurrency so two api copies never overwrite each other silently.
 * The gateway authorises callers (MeetingAccessService.requireItem) before calling it.
 */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async loadNotes(itemId: string): Promise<MeetingNotes> {
    const row = /^[0-9a-f-]{36}$/i.test(itemId) ? await this.dataSource.manager.findOneBy(MeetingNotesEntity, { agendaItemId: itemId }) : null;
    if (row) return toNotes(row);
    const exists = /^[0-9a-f-]{36}$/i.test(itemId) && (await this.dataSource.manager.existsBy(AgendaItemEntity, { id: itemId }));
    if (!exists) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, 'itemId');
    return { itemId, yjsState: null, text: '', version: 0, updatedAt: null, updatedBy: null };
  }

  /**
   * Saves the merged state. `expectedVersion` is the version loaded (0 for the first save); a
   * stale one is CONFLICT (STALE_VERSION): reload, merge (Yjs merges are commutative), save again.
   */
  async saveNotes(itemId: string, notes: { yjsState: Uint8Array | null; text: string; expectedVersion: number; updatedBy: string | null }): Promise<MeetingNotes> {
    if (notes.yjsState && notes.yjsState.byteLength > MAX_YJS_STATE_BYTES) throw new InputError('yjsState', `yjsState must be at most ${MAX_YJS_STATE_BYTES} bytes`);
    if (notes.text.length > MAX_NOTES_TEXT) throw new InputError('text', `text must be at most ${MAX_NOTES_TEXT} characters`);
    const state = notes.yjsState ? Buffer.from(notes.yjsState) : null;
    return this.dataSource.transaction(async (manager) => {
      const item = /^[0-9a-f-]{36}$/i.test(itemId) ? await manager.findOneBy(AgendaItemEntity, { id: itemId }) : null;
      if (!item) throw new MeetingsException(MeetingsErrorCode.AGENDA_ITEM_NOT_FOUND, 'itemId');
      const meeting = await manager.findOneByOrFail(MeetingEntity, { id: item.meetingId });
      const now = this.clock.now();
      let saved: MeetingNotesEntity[];
      if (notes.expectedVersion === 0) {
        const result = await manager
          .createQueryBuilder()
          .insert()
          .into(MeetingNotesEntity)
          .values({ agendaItemId: itemId, yjsState: state, textSnapshot: notes.text, updatedBy: notes.updatedBy, updatedAt: now, version: 1 })
          .orIgnore()
          .returning(['agenda_item_id'])
          .execute();
        saved = (result.raw as unknown[]).length ? [await manager.findOneByOrFail(MeetingNotesEntity, { agendaItemId: itemId })] : [];
      } else {
        const result = await manager
          .createQueryBuilder()
          .update(MeetingNotesEntity)
          .set({ yjsState: state, textSnapshot: notes.text, updatedBy: notes.updatedBy, updatedAt: now, version: () => 'version + 1' })
          .where('agenda_item_id = :itemId AND version = :expected', { itemId, expected: notes.expectedVersion })
          .execute();
        saved = result.affected === 1 ? [await manager.findOneByOrFail(MeetingNotesEntity, { agendaItemId: itemId })] : [];
      }
      if (saved.length === 0) throw new MeetingsException(MeetingsErrorCode.STALE_VERSION, 'expectedVersion', 'The notes were saved by someone else first; reload, merge and save again.');
      await this.audit.record(manager, {
        actorId: notes.updatedBy,
        action: 'meeting.notes_saved',
        entityType: 'AgendaItem',
        entityId: itemId,
        teamId: meeting.teamId,
        data: { meetingId: meeting.id, caseId: item.caseId, version: saved[0].version },
      });
      return toNotes(saved[0]);
    });
  }
}

function toNotes(row: MeetingNotesEntity): MeetingNotes {
  return { itemId: row.agendaItemId, yjsState: row.yjsState, text: row.textSnapshot, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy };
}
