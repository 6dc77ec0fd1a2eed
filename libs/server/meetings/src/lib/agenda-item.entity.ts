import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CaseEntity } from '@consilium/server-cases';
import { AgendaItemStatus, DeferralReason } from './meeting.enums';
import { MeetingEntity } from './meeting.entity';

/** A case on a meeting's agenda, its place and time, and what became of it. */
@Entity({ name: 'meeting_agenda_items' })
@Index('meeting_agenda_items_meeting_idx', ['meetingId', 'position'])
@Index('meeting_agenda_items_case_idx', ['caseId'])
/** A case waits on at most one agenda at a time, and a meeting presents one case at a time. */
@Index('meeting_agenda_items_open_case_key', ['caseId'], { unique: true, where: `status IN ('LISTED', 'PRESENTING')` })
@Index('meeting_agenda_items_presenting_key', ['meetingId'], { unique: true, where: `status = 'PRESENTING'` })
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  /** 1-based order on the agenda. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'allocated_minutes', type: 'integer' })
  allocatedMinutes!: number;

  @Column({ type: 'enum', enum: AgendaItemStatus, enumName: 'agenda_item_status', default: AgendaItemStatus.LISTED })
  status!: AgendaItemStatus;

  @Column({ name: 'deferral_reason', type: 'enum', enum: DeferralReason, enumName: 'deferral_reason', nullable: true })
  deferralReason!: DeferralReason | null;

  @Column({ name: 'deferral_note', type: 'text', nullable: true })
  deferralNote!: string | null;

  /** When the item left LISTED/PRESENTING, and who moved it (null for NOT_REACHED at close: the closer). */
  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt!: Date | null;

  @Column({ name: 'outcome_by', type: 'uuid', nullable: true })
  outcomeBy!: string | null;

  @Column({ name: 'presented_at', type: 'timestamptz', nullable: true })
  presentedAt!: Date | null;

  @Column({ name: 'added_by', type: 'uuid' })
  addedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
