import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';

/**
 * The shared notes of one agenda item: the Yjs document state (merged by the live gateway) and
 * a plain-text snapshot for reading and search. `version` guards saves.
 */
@Entity({ name: 'meeting_notes' })
export class MeetingNotesEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @OneToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'yjs_state', type: 'bytea', nullable: true })
  yjsState!: Buffer | null;

  @Column({ name: 'text_snapshot', type: 'text', default: '' })
  textSnapshot!: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
