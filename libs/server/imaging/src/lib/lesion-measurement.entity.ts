import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImagingReportEntity } from './imaging-report.entity';
import { LesionRole } from './imaging-enums';
import { TrackedLesionEntity } from './tracked-lesion.entity';

const mm = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** One lesion as measured on one report. Sizes in mm; SUVpeak in SUL units. */
@Entity({ name: 'lesion_measurements' })
@Index('lesion_measurements_report_lesion_key', ['reportId', 'lesionId'], {
  unique: true,
})
@Index('lesion_measurements_lesion_idx', ['lesionId'])
export class LesionMeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => ImagingReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ImagingReportEntity;

  @Column({ name: 'lesion_id', type: 'uuid' })
  lesionId!: string;

  @ManyToOne(() => TrackedLesionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lesion_id' })
  lesion?: TrackedLesionEntity;

  @Column({ type: 'enum', enum: LesionRole, enumName: 'lesion_role' })
  role!: LesionRole;

  /** Order in the report, as the radiologist listed the lesions. */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({
    name: 'long_axis_mm',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: mm,
  })
  longAxisMm!: number | null;

  @Column({
    name: 'short_axis_mm',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: mm,
  })
  shortAxisMm!: number | null;

  /** mRECIST: longest viable (arterially enhancing) diameter. */
  @Column({
    name: 'viable_diameter_mm',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: mm,
  })
  viableDiameterMm!: number | null;

  /** RANO: the diameter perpendicular to the long axis. */
  @Column({
    name: 'perpendicular_mm',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: mm,
  })
  perpendicularMm!: number | null;

  /** PERCIST: SULpeak. */
  @Column({
    name: 'suv_peak',
    type: 'numeric',
    precision: 7,
    scale: 2,
    nullable: true,
    transformer: mm,
  })
  suvPeak!: number | null;

  /** Present but too small to measure (RECIST counts it as 5 mm). */
  @Column({ name: 'too_small_to_measure', type: 'boolean', default: false })
  tooSmallToMeasure!: boolean;

  /** Not evaluable on this study. */
  @Column({ name: 'not_measured', type: 'boolean', default: false })
  notMeasured!: boolean;
}
