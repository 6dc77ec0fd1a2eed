import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ImagingReportEntity } from './imaging-report.entity';
import { ResponseCriteria } from './imaging-enums';

/**
 * The response computed when a follow-up report was finalised: the exact input given to the
 * @consilium/clinical-rules function and its full, unrounded result (principle 3).
 */
@Entity({ name: 'report_responses' })
export class ReportResponseEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @OneToOne(() => ImagingReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ImagingReportEntity;

  @Column({
    type: 'enum',
    enum: ResponseCriteria,
    enumName: 'response_criteria',
  })
  criteria!: ResponseCriteria;

  /** The rules function called, e.g. assessRecist11. */
  @Column({ type: 'varchar', length: 40 })
  rule!: string;

  @Column({ type: 'jsonb' })
  inputs!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  result!: Record<string, unknown>;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'baseline_report_id', type: 'uuid' })
  baselineReportId!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
