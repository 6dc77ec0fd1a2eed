import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '@consilium/server-cases';

/** A lesion's identity across the reports of one case: "Liver lesion 1" on the baseline CT and on the follow-up MRI. */
@Entity({ name: 'tracked_lesions' })
@Index('tracked_lesions_case_label_key', ['caseId', 'label'], { unique: true })
export class TrackedLesionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 100 })
  label!: string;

  @Column({ type: 'varchar', length: 100 })
  organ!: string;

  @Column({ type: 'boolean', default: false })
  nodal!: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
