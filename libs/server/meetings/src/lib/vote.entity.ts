import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@consilium/server-identity';
import { AgendaItemEntity } from './agenda-item.entity';
import { VoteChoice } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';

/**
 * A vote on an agenda item. A changed vote supersedes the voter's current one (kept for the
 * record); `client_event_id` is unique so a replayed event is recognised and counted once.
 */
@Entity({ name: 'meeting_votes' })
@Index('meeting_votes_client_event_key', ['clientEventId'], { unique: true })
@Index('meeting_votes_current_key', ['agendaItemId', 'voterId'], { unique: true, where: 'superseded_at IS NULL' })
export class MeetingVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity;

  /** The decision voted on, when there is one (a plain vote on the item otherwise). */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ name: 'voter_id', type: 'uuid' })
  voterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'voter_id' })
  voter?: UserEntity;

  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'client_event_id', type: 'varchar', length: 100 })
  clientEventId!: string;

  @Column({ name: 'cast_at', type: 'timestamptz' })
  castAt!: Date;

  /** Set when the voter changed their vote; only rows with null count. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
