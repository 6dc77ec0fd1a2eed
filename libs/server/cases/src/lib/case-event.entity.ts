import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';
import { CaseStatus } from './case-status';

/** One status transition of a case: the facts turnaround KPIs are computed from. Append-only. */
@Entity({ name: 'case_events' })
@Index('case_events_case_idx', ['caseId', 'occurredAt'])
export class CaseEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ name: 'from_status', type: 'enum', enum: CaseStatus, enumName: 'case_status', nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  toStatus!: CaseStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
